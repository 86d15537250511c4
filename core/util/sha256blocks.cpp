#include "sha256blocks.h"

#include <cstdlib>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define DOCKSCOPE_SHA_X86 1
#endif

namespace dockscope::sha256 {

namespace {

constexpr std::uint32_t Initial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                      0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

#ifdef DOCKSCOPE_SHA_X86

alignas(16) constexpr std::uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

bool cpuHasShaExtensions()
{
    unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) {
        return false;
    }
    const bool ssse3 = ecx & (1u << 9);
    const bool sse41 = ecx & (1u << 19);
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) {
        return false;
    }
    const bool sha = ebx & (1u << 29);
    return ssse3 && sse41 && sha;
}

// N independent states over the same message blocks: one schedule, N interleaved round chains.
template<int N>
__attribute__((target("sha,ssse3,sse4.1"))) void
compressShared(State *const (&states)[N], const unsigned char *data, std::size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i s0[N], s1[N];
    for (int i = 0; i < N; ++i) {
        s0[i] = _mm_load_si128(reinterpret_cast<const __m128i *>(states[i]->abef));
        s1[i] = _mm_load_si128(reinterpret_cast<const __m128i *>(states[i]->cdgh));
    }
    for (; blocks > 0; --blocks, data += 64) {
        __m128i save0[N], save1[N];
        for (int i = 0; i < N; ++i) {
            save0[i] = s0[i];
            save1[i] = s1[i];
        }
        __m128i w[4];
        for (int j = 0; j < 4; ++j) {
            w[j] = _mm_shuffle_epi8(
                _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * j)), byteSwap);
        }
        _Pragma("GCC unroll 16") for (int r = 0; r < 16; ++r)
        {
            if (r >= 4) {
                // w[r % 4] holds words 4(r-4)..; it becomes words 4r.. of the schedule.
                __m128i t = _mm_sha256msg1_epu32(w[r & 3], w[(r + 1) & 3]);
                t = _mm_add_epi32(t, _mm_alignr_epi8(w[(r + 3) & 3], w[(r + 2) & 3], 4));
                w[r & 3] = _mm_sha256msg2_epu32(t, w[(r + 3) & 3]);
            }
            const __m128i m = _mm_add_epi32(w[r & 3],
                                            _mm_load_si128(reinterpret_cast<const __m128i *>(K + 4 * r)));
            const __m128i high = _mm_shuffle_epi32(m, 0x0e);
            for (int i = 0; i < N; ++i) {
                s1[i] = _mm_sha256rnds2_epu32(s1[i], s0[i], m);
            }
            for (int i = 0; i < N; ++i) {
                s0[i] = _mm_sha256rnds2_epu32(s0[i], s1[i], high);
            }
        }
        for (int i = 0; i < N; ++i) {
            s0[i] = _mm_add_epi32(s0[i], save0[i]);
            s1[i] = _mm_add_epi32(s1[i], save1[i]);
        }
    }
    for (int i = 0; i < N; ++i) {
        _mm_store_si128(reinterpret_cast<__m128i *>(states[i]->abef), s0[i]);
        _mm_store_si128(reinterpret_cast<__m128i *>(states[i]->cdgh), s1[i]);
    }
}

#endif

} // namespace

bool hardwareBlocks()
{
#ifdef DOCKSCOPE_SHA_X86
    static const bool available = [] {
        const char *choice = std::getenv("DOCKSCOPE_SHA256");
        if (choice && std::strcmp(choice, "openssl") == 0) {
            return false;
        }
        return cpuHasShaExtensions();
    }();
    return available;
#else
    return false;
#endif
}

void init(State &state)
{
    // abef = {F, E, B, A} and cdgh = {H, G, D, C} from the lowest lane up.
    state.abef[0] = Initial[5];
    state.abef[1] = Initial[4];
    state.abef[2] = Initial[1];
    state.abef[3] = Initial[0];
    state.cdgh[0] = Initial[7];
    state.cdgh[1] = Initial[6];
    state.cdgh[2] = Initial[3];
    state.cdgh[3] = Initial[2];
}

void compress(State &state, const unsigned char *data, std::size_t blocks)
{
#ifdef DOCKSCOPE_SHA_X86
    State *const one[1] = {&state};
    compressShared<1>(one, data, blocks);
#else
    (void)state;
    (void)data;
    (void)blocks;
    std::abort(); // callers check hardwareBlocks()
#endif
}

void compressTwo(State &a, State &b, const unsigned char *data, std::size_t blocks)
{
#ifdef DOCKSCOPE_SHA_X86
    State *const two[2] = {&a, &b};
    compressShared<2>(two, data, blocks);
#else
    (void)a;
    (void)b;
    (void)data;
    (void)blocks;
    std::abort(); // callers check hardwareBlocks()
#endif
}

void store(const State &state, unsigned char out[32])
{
    const std::uint32_t words[8] = {state.abef[3], state.abef[2], state.cdgh[3], state.cdgh[2],
                                    state.abef[1], state.abef[0], state.cdgh[1], state.cdgh[0]};
    for (int i = 0; i < 8; ++i) {
        out[4 * i] = static_cast<unsigned char>(words[i] >> 24);
        out[4 * i + 1] = static_cast<unsigned char>(words[i] >> 16);
        out[4 * i + 2] = static_cast<unsigned char>(words[i] >> 8);
        out[4 * i + 3] = static_cast<unsigned char>(words[i]);
    }
}

} // namespace dockscope::sha256
