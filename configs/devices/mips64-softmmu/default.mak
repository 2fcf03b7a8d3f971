# Default configuration for mips64-softmmu

include ../mips-softmmu/common.mak

# Boards are selected by default, uncomment to keep out of the build.
# CONFIG_JAZZ=n
