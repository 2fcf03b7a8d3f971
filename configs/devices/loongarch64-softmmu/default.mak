# Default configuration for loongarch64-softmmu

# Uncomment the following lines to disable these optional devices:
# CONFIG_PCI_DEVICES=n

# Boards are selected by default, uncomment to keep out of the build.
# CONFIG_LOONGARCH_VIRT=n
