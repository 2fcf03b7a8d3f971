# Default configuration for avr-softmmu

# Boards are selected by default, uncomment to keep out of the build.
# CONFIG_ARDUINO=n
