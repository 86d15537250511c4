#include "pathresolver.h"

#include <vector>

namespace dockscope {

namespace {

constexpr int MaxLinks = 32;

std::vector<std::string> split(const std::string &path)
{
    std::vector<std::string> parts;
    std::string part;
    for (char c : path) {
        if (c == '/') {
            if (!part.empty()) {
                parts.push_back(std::move(part));
            }
            part.clear();
        } else {
            part += c;
        }
    }
    if (!part.empty()) {
        parts.push_back(std::move(part));
    }
    return parts;
}

} // namespace

std::uint32_t PathResolver::find(const FileTree &tree, const std::string &path)
{
    const std::uint32_t direct = tree.find(path);
    if (direct != FileTree::NoNode && tree.visible(direct)) {
        return direct;
    }
    std::vector<std::string> todo = split(path);
    std::vector<std::uint32_t> stack{FileTree::Root}; // the directories walked so far
    int links = 0;
    for (std::size_t i = 0; i < todo.size(); ++i) {
        const std::string &name = todo[i];
        if (name == ".") {
            continue;
        }
        if (name == "..") {
            if (stack.size() > 1) {
                stack.pop_back();
            }
            continue;
        }
        const std::uint32_t node = tree.child(stack.back(), name);
        if (node == FileTree::NoNode || !tree.visible(node)) {
            return FileTree::NoNode;
        }
        const bool last = i + 1 == todo.size();
        if (!last && tree.type(node) == EntryType::Symlink) {
            const LayerEntry *e = tree.entry(node);
            if (!e || ++links > MaxLinks) {
                return FileTree::NoNode;
            }
            std::vector<std::string> target = split(e->linkTarget);
            if (!e->linkTarget.empty() && e->linkTarget.front() == '/') {
                stack.assign(1, FileTree::Root);
            }
            target.insert(target.end(), todo.begin() + std::ptrdiff_t(i) + 1, todo.end());
            todo = std::move(target);
            i = std::size_t(-1);
            continue;
        }
        if (last) {
            return node;
        }
        stack.push_back(node);
    }
    return FileTree::NoNode;
}

} // namespace dockscope
