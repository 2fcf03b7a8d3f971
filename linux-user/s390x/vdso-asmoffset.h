/* Minimum stack frame size */
#define STACK_FRAME_OVERHEAD    160
