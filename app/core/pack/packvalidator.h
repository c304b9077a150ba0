#pragma once

#include "core/json/jsonreader.h"
#include "core/pack/pack.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <string_view>

namespace Versus::Core {

/// Checks a parsed JSON document against the versus-pack/2 format (docs/pack-format.md)
/// and builds the Pack; a versus-pack/1 document is migrated, with one warning. Reports every problem it finds, up to
/// maxErrors errors and maxWarnings warnings (the others are counted; warnings never refuse a pack). The typed reads
/// and the messages they give are JsonReader's; this class knows the sections.
class PackValidator final : private JsonReader {
    Q_DECLARE_TR_FUNCTIONS(Versus::Core::PackValidator)

public:
    static constexpr int maxErrors = JsonReader::defaultMaxErrors;
    static constexpr int maxWarnings = JsonReader::defaultMaxWarnings;
    static constexpr int maxTextLength = JsonReader::defaultMaxTextLength;
    static constexpr int maxAliases = 20; // per criterion or FAQ entry, and per list of synonyms
    static constexpr int maxSynonymGroups = 500;
    static constexpr int maxTermLength = 80;

    PackValidator(const JsonDocument &doc, QString fileName);

    /// The pack, or nothing when there was at least one error.
    std::optional<Pack> validate();
    using JsonReader::diagnostics;
    using JsonReader::warningCount;

private:
    using ContenderValue = std::function<void(int contender, const Node &value, const JsonPath &path)>;
    /// Whether every contender must have a value in a contender map (option weights may leave some out).
    enum class Contenders : std::uint8_t { All, Some };

    void noteMarkdown(const Node &node, const JsonPath &path, const QString &text);
    /// An object keyed by contender id: calls each(contender, value, path) once per contender.
    void contenderMap(const Node &object, const JsonPath &path, std::string_view key, Contenders which,
                      const ContenderValue &each);
    Edge edge(const Node &object, const JsonPath &path);
    /// Warns when a criterion's edge does not name the contenders its ratings put first.
    void checkEdgeAgainstRatings(const Node &edgeNode, const JsonPath &path, const Criterion &criterion);
    /// "; did you mean "mysql"?" when contenderId is a near miss of a contender's id.
    QString didYouMean(const QString &contenderId) const;
    /// Every key of the root is one of a pack's.
    bool hasOnlyPackKeys(const Node &root) const;
    void rememberUnreadContenders(const Node &root);
    bool isKnownFieldType(const Node &field) const;
    void checkEndpointIsSecure(const Node &inquiry, const JsonPath &path, const QUrl &endpoint);
    void warnTodoMarkers(const Node &node, const JsonPath &path);

    void readHeader(const Node &root, Pack &pack);
    void readContenders(const Node &root, Pack &pack);
    void readCategories(const Node &root, Pack &pack);
    void readSummary(const Node &root, Pack &pack);
    void readCriteria(const Node &root, Pack &pack);
    void readVerdict(const Node &root, Pack &pack);
    void readChecklist(const Node &root, Pack &pack);
    void readOptionEffects(const Node &o, const JsonPath &op, const Pack &pack, Option &option);
    void readFaq(const Node &root, Pack &pack);
    void readSynonyms(const Node &root, Pack &pack);
    QStringList aliases(const Node &object, const JsonPath &path);
    void readInquiry(const Node &root, Pack &pack);
    void readDelivery(const Node &inquiry, const JsonPath &path, Pack &pack);
    void readPublisher(const Node &root, Pack &pack);
    void checkInternalLinks(const Pack &pack);

    const JsonDocument &m_doc;
    const QString m_fileName; // a logo file is found beside it
    const JsonPath m_root;
    // Markdown texts to check for internal links once every id is known.
    struct MarkdownText {
        const Node *node;
        QString pointer;
        QString text;
    };
    QList<MarkdownText> m_markdown;
    // The contenders' ids in pack order, once read: the keys of every contender map.
    QStringList m_contenderIds;
};

} // namespace Versus::Core
