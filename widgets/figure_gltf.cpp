// glTF 2.0 binary (.glb) of a 3-D scene (figure_files.h): a 12-byte header, a JSON chunk and a BIN
// chunk (the glTF 2.0 specification, section "Binary glTF Layout"). One sphere mesh is stored
// once; each colour gets a mesh that shares its accessors with its own material, and each point a
// node that places and scales it. Lines are one LINES primitive with a colour per vertex.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <cmath>
#include <map>

#include "widgets/figure_files.h"

namespace eqlab::widgets::figure {

namespace {

void appendFloat(QByteArray& bin, float value) {
    char bytes[4];
    qToLittleEndian(value, bytes);
    bin.append(bytes, 4);
}

void appendU16(QByteArray& bin, quint16 value) {
    char bytes[2];
    qToLittleEndian(value, bytes);
    bin.append(bytes, 2);
}

void appendU32(QByteArray& out, quint32 value) {
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void pad(QByteArray& bytes, char with) {
    while (bytes.size() % 4 != 0) {
        bytes.append(with);
    }
}

QJsonArray colourArray(const QColor& c) {
    return {c.redF(), c.greenF(), c.blueF(), 1.0};
}

}  // namespace

QByteArray glbOf(const Scene& scene) {
    QByteArray bin;
    QJsonArray bufferViews, accessors, meshes, materials, nodes;
    const auto addView = [&](qsizetype offset, qsizetype length, int target) {
        bufferViews.append(QJsonObject{{QStringLiteral("buffer"), 0},
                                       {QStringLiteral("byteOffset"), offset},
                                       {QStringLiteral("byteLength"), length},
                                       {QStringLiteral("target"), target}});
        return bufferViews.size() - 1;
    };
    const auto addAccessor = [&](int view, int componentType, qsizetype count, const char* type,
                                 QJsonObject extra = {}) {
        extra.insert(QStringLiteral("bufferView"), view);
        extra.insert(QStringLiteral("componentType"), componentType);
        extra.insert(QStringLiteral("count"), count);
        extra.insert(QStringLiteral("type"), QString::fromLatin1(type));
        accessors.append(extra);
        return accessors.size() - 1;
    };
    constexpr int kFloat = 5126, kUnsignedShort = 5123, kArray = 34962, kElements = 34963;

    // A unit UV sphere: (stacks + 1) × (slices + 1) vertices, normals equal to positions.
    const int stacks = 10, slices = 16;
    int sphereVertices = 0;
    const qsizetype positionsAt = bin.size();
    for (int i = 0; i <= stacks; ++i) {
        const double phi = M_PI * i / stacks;
        for (int j = 0; j <= slices; ++j) {
            const double theta = 2 * M_PI * j / slices;
            appendFloat(bin, static_cast<float>(std::sin(phi) * std::cos(theta)));
            appendFloat(bin, static_cast<float>(std::sin(phi) * std::sin(theta)));
            appendFloat(bin, static_cast<float>(std::cos(phi)));
            ++sphereVertices;
        }
    }
    const int positionView = addView(positionsAt, bin.size() - positionsAt, kArray);
    const int positions = addAccessor(positionView, kFloat, sphereVertices, "VEC3",
                                      {{QStringLiteral("min"), QJsonArray{-1, -1, -1}},
                                       {QStringLiteral("max"), QJsonArray{1, 1, 1}}});
    const int normals = addAccessor(positionView, kFloat, sphereVertices, "VEC3");
    const qsizetype indicesAt = bin.size();
    int indexCount = 0;
    for (int i = 0; i < stacks; ++i) {
        for (int j = 0; j < slices; ++j) {
            const auto a = static_cast<quint16>(i * (slices + 1) + j);
            const auto b = static_cast<quint16>(a + slices + 1);
            for (quint16 v : {a, b, static_cast<quint16>(a + 1), static_cast<quint16>(a + 1), b,
                              static_cast<quint16>(b + 1)}) {
                appendU16(bin, v);
                ++indexCount;
            }
        }
    }
    const int indexView = addView(indicesAt, bin.size() - indicesAt, kElements);
    const int indices = addAccessor(indexView, kUnsignedShort, indexCount, "SCALAR");
    pad(bin, '\0');

    // A mesh (and material) per distinct colour; a node per point.
    std::map<QRgb, int> meshOfColour;
    for (std::size_t i = 0; i < scene.points.size(); ++i) {
        const QColor colour =
            i < scene.pointColours.size() ? scene.pointColours[i] : QColor(Qt::gray);
        auto [it, added] = meshOfColour.emplace(colour.rgb(), static_cast<int>(meshes.size()));
        if (added) {
            materials.append(
                QJsonObject{{QStringLiteral("pbrMetallicRoughness"),
                             QJsonObject{{QStringLiteral("baseColorFactor"), colourArray(colour)},
                                         {QStringLiteral("metallicFactor"), 0.0},
                                         {QStringLiteral("roughnessFactor"), 0.6}}}});
            meshes.append(QJsonObject{
                {QStringLiteral("name"), QStringLiteral("sphere %1").arg(colour.name())},
                {QStringLiteral("primitives"),
                 QJsonArray{QJsonObject{{QStringLiteral("attributes"),
                                         QJsonObject{{QStringLiteral("POSITION"), positions},
                                                     {QStringLiteral("NORMAL"), normals}}},
                                        {QStringLiteral("indices"), indices},
                                        {QStringLiteral("material"), materials.size() - 1}}}}});
        }
        const auto& p = scene.points[i];
        QJsonObject node{
            {QStringLiteral("mesh"), it->second},
            {QStringLiteral("translation"), QJsonArray{p[0], p[1], p[2]}},
            {QStringLiteral("scale"), QJsonArray{scene.radius, scene.radius, scene.radius}}};
        node.insert(QStringLiteral("name"), static_cast<int>(i) < scene.labels.size()
                                                ? scene.labels[static_cast<int>(i)]
                                                : QStringLiteral("point %1").arg(i));
        nodes.append(node);
    }

    // The lines: two vertices each, coloured by their kind (the generator).
    if (!scene.lines.empty()) {
        const qsizetype linePositionsAt = bin.size();
        double low[3] = {INFINITY, INFINITY, INFINITY}, high[3] = {-INFINITY, -INFINITY, -INFINITY};
        int vertices = 0;
        for (const auto& line : scene.lines) {
            for (int end : {line.from, line.to}) {
                const auto& p = scene.points.at(static_cast<std::size_t>(end));
                for (int k = 0; k < 3; ++k) {
                    const auto v = static_cast<float>(p[k]);
                    appendFloat(bin, v);
                    low[k] = std::min(low[k], static_cast<double>(v));
                    high[k] = std::max(high[k], static_cast<double>(v));
                }
                ++vertices;
            }
        }
        const int lineView = addView(linePositionsAt, bin.size() - linePositionsAt, kArray);
        const int linePositions =
            addAccessor(lineView, kFloat, vertices, "VEC3",
                        {{QStringLiteral("min"), QJsonArray{low[0], low[1], low[2]}},
                         {QStringLiteral("max"), QJsonArray{high[0], high[1], high[2]}}});
        const qsizetype coloursAt = bin.size();
        for (const auto& line : scene.lines) {
            const QColor c =
                line.kind >= 0 && line.kind < static_cast<int>(scene.lineColours.size())
                    ? scene.lineColours[static_cast<std::size_t>(line.kind)]
                    : QColor(Qt::black);
            for (int end = 0; end < 2; ++end) {
                appendFloat(bin, c.redF());
                appendFloat(bin, c.greenF());
                appendFloat(bin, c.blueF());
            }
        }
        const int colourView = addView(coloursAt, bin.size() - coloursAt, kArray);
        const int lineColours = addAccessor(colourView, kFloat, vertices, "VEC3");
        materials.append(
            QJsonObject{{QStringLiteral("pbrMetallicRoughness"),
                         QJsonObject{{QStringLiteral("baseColorFactor"), QJsonArray{1, 1, 1, 1}},
                                     {QStringLiteral("metallicFactor"), 0.0}}}});
        meshes.append(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("lines")},
            {QStringLiteral("primitives"),
             QJsonArray{QJsonObject{{QStringLiteral("attributes"),
                                     QJsonObject{{QStringLiteral("POSITION"), linePositions},
                                                 {QStringLiteral("COLOR_0"), lineColours}}},
                                    {QStringLiteral("mode"), 1},  // LINES
                                    {QStringLiteral("material"), materials.size() - 1}}}}});
        nodes.append(QJsonObject{{QStringLiteral("mesh"), meshes.size() - 1},
                                 {QStringLiteral("name"), QStringLiteral("lines")}});
    }

    QJsonArray sceneNodes;
    for (int i = 0; i < nodes.size(); ++i) {
        sceneNodes.append(i);
    }
    const QJsonObject gltf{
        {QStringLiteral("asset"),
         QJsonObject{{QStringLiteral("version"), QStringLiteral("2.0")},
                     {QStringLiteral("generator"), QStringLiteral("eqlab")}}},
        {QStringLiteral("scene"), 0},
        {QStringLiteral("scenes"), QJsonArray{QJsonObject{{QStringLiteral("name"), scene.title},
                                                          {QStringLiteral("nodes"), sceneNodes}}}},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("meshes"), meshes},
        {QStringLiteral("materials"), materials},
        {QStringLiteral("accessors"), accessors},
        {QStringLiteral("bufferViews"), bufferViews},
        {QStringLiteral("buffers"),
         QJsonArray{QJsonObject{{QStringLiteral("byteLength"), bin.size()}}}},
    };
    QByteArray json = QJsonDocument(gltf).toJson(QJsonDocument::Compact);
    pad(json, ' ');
    pad(bin, '\0');

    QByteArray glb;
    appendU32(glb, 0x46546C67);  // "glTF"
    appendU32(glb, 2);
    appendU32(glb, static_cast<quint32>(12 + 8 + json.size() + 8 + bin.size()));
    appendU32(glb, static_cast<quint32>(json.size()));
    appendU32(glb, 0x4E4F534A);  // "JSON"
    glb += json;
    appendU32(glb, static_cast<quint32>(bin.size()));
    appendU32(glb, 0x004E4942);  // "BIN\0"
    glb += bin;
    return glb;
}

}  // namespace eqlab::widgets::figure
