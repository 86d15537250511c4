#pragma once

#include <cstddef>
#include <cstdint>

namespace dockscope::sha256 {

// The eight SHA-256 working words, in the order the x86 SHA extensions keep them
// (A, B, E, F in one register, C, D, G, H in the other).
struct alignas(16) State
{
    std::uint32_t abef[4];
    std::uint32_t cdgh[4];
};

// True when this CPU has the SHA extensions (SHA-NI, SSSE3, SSE4.1) and the environment does not
// ask for OpenSSL (DOCKSCOPE_SHA256=openssl, for tests of the other path). Decided once.
bool hardwareBlocks();

void init(State &state);
// Compresses `blocks` 64-byte blocks into `state`. Only with hardwareBlocks().
void compress(State &state, const unsigned char *data, std::size_t blocks);
// Compresses the same blocks into two states at once: the message schedule is computed once and
// the two round chains interleave, so this costs little more than one compress(). Only with
// hardwareBlocks().
void compressTwo(State &a, State &b, const unsigned char *data, std::size_t blocks);
// The 32-byte big-endian digest words of a state.
void store(const State &state, unsigned char out[32]);

} // namespace dockscope::sha256
