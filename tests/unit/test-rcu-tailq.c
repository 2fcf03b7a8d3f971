#define TEST_LIST_TYPE 3
#include "test-rcu-list.c"
