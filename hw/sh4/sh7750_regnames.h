#ifndef SH7750_REGNAMES_H
#define SH7750_REGNAMES_H

const char *regname(uint32_t addr);

#endif /* SH7750_REGNAMES_H */
