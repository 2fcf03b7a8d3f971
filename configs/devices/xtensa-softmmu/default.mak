# Default configuration for Xtensa

# Uncomment the following lines to disable these optional devices:
#
#CONFIG_PCI_DEVICES=n

# Boards are selected by default, uncomment to keep out of the build.
# CONFIG_XTENSA_SIM=n
# CONFIG_XTENSA_VIRT=n
# CONFIG_XTENSA_XTFPGA=n
