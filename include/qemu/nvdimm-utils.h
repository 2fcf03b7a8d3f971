#ifndef NVDIMM_UTILS_H
#define NVDIMM_UTILS_H


GSList *nvdimm_get_device_list(void);
#endif
