FROM docker.io/library/debian:sid-slim

RUN export DEBIAN_FRONTEND=noninteractive && \
    apt-get update && \
    apt-get install -y eatmydata && \
    eatmydata apt-get dist-upgrade -y && \
    eatmydata apt-get install --no-install-recommends -y \
                      augeas-lenses \
                      augeas-tools \
                      bash-completion \
                      black \
                      ca-certificates \
                      ccache \
                      codespell \
                      cpp \
                      diffutils \
                      dwarves \
                      ebtables \
                      flake8 \
                      gettext \
                      git \
                      grep \
                      iproute2 \
                      iptables \
                      kmod \
                      libnbd-dev \
                      libxml2-utils \
                      locales \
                      lvm2 \
                      make \
                      meson \
                      nfs-common \
                      ninja-build \
                      numad \
                      open-iscsi \
                      perl-base \
                      pkgconf \
                      polkitd \
                      python3 \
                      python3-docutils \
                      python3-pytest \
                      qemu-utils \
                      sed \
                      xsltproc && \
    eatmydata apt-get autoremove -y && \
    eatmydata apt-get autoclean -y && \
    sed -Ei 's,^# (en_US\.UTF-8 .*)$,\1,' /etc/locale.gen && \
    dpkg-reconfigure locales && \
    rm -f /usr/lib*/python3*/EXTERNALLY-MANAGED

ENV CCACHE_WRAPPERSDIR "/usr/libexec/ccache-wrappers"
ENV LANG "en_US.UTF-8"
ENV MAKE "/usr/bin/make"
ENV NINJA "/usr/bin/ninja"
ENV PYTHON "/usr/bin/python3"

RUN export DEBIAN_FRONTEND=noninteractive && \
    dpkg --add-architecture arm64 && \
    eatmydata apt-get update && \
    eatmydata apt-get dist-upgrade -y && \
    eatmydata apt-get install --no-install-recommends -y dpkg-dev && \
    eatmydata apt-get install --no-install-recommends -y \
                      gcc-aarch64-linux-gnu \
                      libacl1-dev:arm64 \
                      libapparmor-dev:arm64 \
                      libattr1-dev:arm64 \
                      libaudit-dev:arm64 \
                      libblkid-dev:arm64 \
                      libc6-dev:arm64 \
                      libcap-ng-dev:arm64 \
                      libcurl4-gnutls-dev:arm64 \
                      libdevmapper-dev:arm64 \
                      libfuse-dev:arm64 \
                      libglib2.0-dev:arm64 \
                      libglusterfs-dev:arm64 \
                      libgnutls28-dev:arm64 \
                      libiscsi-dev:arm64 \
                      libnl-3-dev:arm64 \
                      libnl-route-3-dev:arm64 \
                      libnuma-dev:arm64 \
                      libparted-dev:arm64 \
                      libpcap0.8-dev:arm64 \
                      libpciaccess-dev:arm64 \
                      librbd-dev:arm64 \
                      libreadline-dev:arm64 \
                      libsanlock-dev:arm64 \
                      libsasl2-dev:arm64 \
                      libselinux1-dev:arm64 \
                      libssh-dev:arm64 \
                      libssh2-1-dev:arm64 \
                      libtirpc-dev:arm64 \
                      libudev-dev:arm64 \
                      libxen-dev:arm64 \
                      libxml2-dev:arm64 \
                      libyajl-dev:arm64 \
                      systemtap-sdt-dev:arm64 && \
    eatmydata apt-get autoremove -y && \
    eatmydata apt-get autoclean -y && \
    mkdir -p /usr/local/share/meson/cross && \
    printf "[binaries]\n\
c = '/usr/bin/aarch64-linux-gnu-gcc'\n\
ar = '/usr/bin/aarch64-linux-gnu-gcc-ar'\n\
strip = '/usr/bin/aarch64-linux-gnu-strip'\n\
pkgconfig = '/usr/bin/aarch64-linux-gnu-pkg-config'\n\
\n\
[host_machine]\n\
system = 'linux'\n\
cpu_family = 'aarch64'\n\
cpu = 'aarch64'\n\
endian = 'little'\n" > /usr/local/share/meson/cross/aarch64-linux-gnu && \
    dpkg-query --showformat '${Package}_${Version}_${Architecture}\n' --show > /packages.txt && \
    mkdir -p /usr/libexec/ccache-wrappers && \
    ln -s /usr/bin/ccache /usr/libexec/ccache-wrappers/aarch64-linux-gnu-cc && \
    ln -s /usr/bin/ccache /usr/libexec/ccache-wrappers/aarch64-linux-gnu-gcc

ENV ABI "aarch64-linux-gnu"
ENV MESON_OPTS "--cross-file=aarch64-linux-gnu"