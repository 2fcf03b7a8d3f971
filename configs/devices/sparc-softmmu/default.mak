# Default configuration for sparc-softmmu

# Uncomment the following lines to disable these optional devices:
#
#CONFIG_TCX=n
#CONFIG_CG3=n

# Boards are selected by default, uncomment to keep out of the build.
# CONFIG_SUN4M=n
# CONFIG_LEON3=n
