#ifndef WORKBENCH_TEXT_KERNELS_H
#define WORKBENCH_TEXT_KERNELS_H

#include <stddef.h>
#include <stdint.h>

/// Decodes a run of three-byte UTF-8 sequences (U+0800 to U+FFFF: nearly every scalar of a
/// Chinese text) at the start of `bytes`, four scalars at a time with vector instructions where
/// the processor has SSSE3, and stops before anything else: another length, a malformed byte, a
/// surrogate, or fewer than sixteen bytes left. Writes at most `capacity` 32-bit scalar values
/// to `scalars` and returns how many bytes it read (three per value written; 0 when it decoded
/// nothing, or on processors without SSSE3). The caller decodes the rest.
size_t wb_decode_three_byte_run(const uint8_t *bytes, size_t count, void *scalars, size_t capacity);

/// The index of the first of `count` 32-bit values at `scalars` that equals one of the five
/// `values` (repeat one to look for fewer), or `count` when none does: four values a step with
/// SSE2 on x86-64. (Five, the sentence terminators: each value more costs a comparison a step.)
size_t wb_first_of_five(const void *scalars, size_t count, const uint32_t values[5]);

/// The length in UTF-8 of `count` scalars (32-bit values of at most U+10FFFF) at `scalars`: one
/// byte each, one more from U+0080, U+0800 and U+10000. Four values a step with SSE2 on x86-64.
size_t wb_utf8_length(const void *scalars, size_t count);

/// Writes the UTF-8 of `count` scalars (32-bit values of at most U+10FFFF, no surrogates) at
/// `scalars` to `bytes`, which has room for exactly their `wb_utf8_length`, and returns how many
/// bytes it wrote. Runs of three-byte scalars go four at a time with SSSE3 where the processor
/// has it.
size_t wb_utf8_encode(const void *scalars, size_t count, uint8_t *bytes);

/// The positions of `count` scalars (32-bit values) at `scalars` that `flags` (a byte for each
/// scalar of the Basic Multilingual Plane, read by a scalar's low 16 bits) marks, in order:
/// into `marked`, each position whose flags have bit 0 set and each beyond the plane (the
/// return value is how many); into `keywordMarked`, each position whose flags have bit 1 set,
/// or bit 2 while the next position's have bit 3 (the last position has no next), and their
/// number into `*keywordCount`. Both arrays must have room for `count` positions. Sixty-four
/// positions a step with SSE2 on x86-64 (`ScanMarks`).
size_t wb_mark_positions(const void *scalars, size_t count, const uint8_t *flags, int32_t *marked,
                         int32_t *keywordMarked, size_t *keywordCount);

#endif
