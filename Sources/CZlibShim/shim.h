#ifndef WORKBENCH_CZLIBSHIM_H
#define WORKBENCH_CZLIBSHIM_H

// zlib as a system library (zlib1g-dev), for inflating the document part of a .docx.
#include <zlib.h>

#endif
