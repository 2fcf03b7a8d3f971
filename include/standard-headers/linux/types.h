/* For QEMU all types are already defined via osdep.h, so this
 * header does not need to do anything.
 */
