#pragma once

#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace dockscope {

// Append-only storage for many short strings: views into it stay valid as it grows, and there
// is no per-string heap allocation.
class StringArena
{
public:
    std::string_view add(std::string_view s)
    {
        if (s.empty()) {
            return {};
        }
        if (m_blocks.empty() || m_used + s.size() > m_blockSize) {
            const std::size_t size = std::max(BlockSize, s.size());
            m_blocks.push_back(std::make_unique<char[]>(size));
            m_blockSize = size;
            m_used = 0;
        }
        char *p = m_blocks.back().get() + m_used;
        std::memcpy(p, s.data(), s.size());
        m_used += s.size();
        return {p, s.size()};
    }

private:
    static constexpr std::size_t BlockSize = 64 * 1024;
    std::vector<std::unique_ptr<char[]>> m_blocks;
    std::size_t m_blockSize = 0;
    std::size_t m_used = 0;
};

} // namespace dockscope
