#ifndef HW_IDE_PIIX_H
#define HW_IDE_PIIX_H

#define TYPE_PIIX3_IDE "piix3-ide"
#define TYPE_PIIX4_IDE "piix4-ide"

#endif /* HW_IDE_PIIX_H */
