#include "compute/io/field_path.h"

#include <cctype>

#include "compute/core/error.h"

namespace eqlab::io {

namespace {

[[noreturn]] void fail(std::string_view path, const std::string& what) {
    throw Error(ErrorKind::Parse, "field path '" + std::string(path) + "': " + what);
}

// The path up to (not including) step `count`, for messages: "runs[1].model".
std::string prefix(const std::vector<PathStep>& steps, std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) {
        if (steps[i].isIndex()) {
            out += "[" + std::to_string(steps[i].index) + "]";
        } else {
            out += (out.empty() ? "" : ".") + steps[i].key;
        }
    }
    return out;
}

bool keyChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
}

json::Value setAt(const json::Value& node, const std::vector<PathStep>& steps, std::size_t i,
                  std::string_view path, json::Value value) {
    if (i == steps.size()) {
        return value;
    }
    const PathStep& step = steps[i];
    const std::string where = i == 0 ? std::string("the document") : prefix(steps, i);
    if (step.isIndex()) {
        if (!node.isArray()) {
            fail(path, where + " is " + json::typeName(node.type()) + ", not a list");
        }
        std::vector<json::Value> items = node.asArray();
        if (step.index >= items.size()) {
            fail(path,
                 where + " has " + std::to_string(items.size()) + " entries" +
                     (items.empty() ? std::string()
                                    : " (indices 0 to " + std::to_string(items.size() - 1) + ")"));
        }
        items[step.index] = setAt(items[step.index], steps, i + 1, path, std::move(value));
        return json::Value::makeArray(std::move(items));
    }
    if (!node.isObject()) {
        fail(path, where + " is " + json::typeName(node.type()) + ", not an object");
    }
    std::map<std::string, json::Value> members = node.asObject();
    auto it = members.find(step.key);
    if (it == members.end()) {
        if (i + 1 != steps.size()) {
            fail(path, where + " has no field '" + step.key + "'");
        }
        members.emplace(step.key, std::move(value));
    } else {
        it->second = setAt(it->second, steps, i + 1, path, std::move(value));
    }
    return json::Value::makeObject(std::move(members));
}

}  // namespace

std::vector<PathStep> parseFieldPath(std::string_view path) {
    std::vector<PathStep> steps;
    std::size_t i = 0;
    const auto readKey = [&] {
        const std::size_t start = i;
        while (i < path.size() && keyChar(path[i])) {
            ++i;
        }
        if (i == start) {
            fail(path, "expected a field name at character " + std::to_string(start + 1));
        }
        steps.push_back({std::string(path.substr(start, i - start)), 0});
    };
    if (path.empty()) {
        fail(path, "empty (expected e.g. task.transforms or runs[1].augment)");
    }
    readKey();
    while (i < path.size()) {
        if (path[i] == '.') {
            ++i;
            readKey();
        } else if (path[i] == '[') {
            const std::size_t start = ++i;
            while (i < path.size() && std::isdigit(static_cast<unsigned char>(path[i]))) {
                ++i;
            }
            if (i == start || i >= path.size() || path[i] != ']' || i - start > 9) {
                fail(path, "expected an index such as [0] at character " + std::to_string(start));
            }
            steps.push_back({"", std::stoul(std::string(path.substr(start, i - start)))});
            ++i;
        } else {
            fail(path, std::string("unexpected '") + path[i] + "' at character " +
                           std::to_string(i + 1) + " (expected '.' or '[')");
        }
    }
    return steps;
}

std::string formatFieldPath(const std::vector<PathStep>& steps) {
    return prefix(steps, steps.size());
}

json::Value setField(const json::Value& document, std::string_view path, json::Value value) {
    return setAt(document, parseFieldPath(path), 0, path, std::move(value));
}

const json::Value* findField(const json::Value& document, std::string_view path) {
    const json::Value* node = &document;
    for (const PathStep& step : parseFieldPath(path)) {
        if (step.isIndex()) {
            if (!node->isArray() || step.index >= node->asArray().size()) {
                return nullptr;
            }
            node = &node->asArray()[step.index];
        } else {
            node = node->isObject() ? node->find(step.key) : nullptr;
            if (!node) {
                return nullptr;
            }
        }
    }
    return node;
}

}  // namespace eqlab::io
