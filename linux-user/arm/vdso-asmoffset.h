/* offsetof(struct sigframe, retcode[3]) */
#define SIGFRAME_RC3_OFFSET     756
#define RT_SIGFRAME_RC3_OFFSET  884
