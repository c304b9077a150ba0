#include "core/pack/packscaffold.h"

#include "core/json/jsonwrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#include <utility>

using namespace Qt::StringLiterals;

namespace Versus::Core {

namespace {

using Fields = QList<std::pair<QString, QString>>; // key, the value as JSON text

QString quoted(const QString &s)
{
    return jsonQuoted(s);
}

QString indentOf(int level)
{
    return QString(qsizetype(level) * 2, u' ');
}

// An object on one line (small maps) or one member per line, in the order given: the
// order docs/pack-format.md documents, which QJsonObject would sort away.
QString object(const Fields &fields, int level = -1)
{
    QStringList members;
    for (const auto &[key, value] : fields)
        members.append(quoted(key) + u": "_s + value);
    if (level < 0)
        return u"{"_s + members.join(u", "_s) + u"}"_s;
    return u"{\n"_s + indentOf(level + 1) + members.join(u",\n"_s + indentOf(level + 1)) + u"\n"_s + indentOf(level)
        + u"}"_s;
}

QString array(const QStringList &items, int level = -1)
{
    if (level < 0)
        return u"["_s + items.join(u", "_s) + u"]"_s;
    return u"[\n"_s + indentOf(level + 1) + items.join(u",\n"_s + indentOf(level + 1)) + u"\n"_s + indentOf(level)
        + u"]"_s;
}

QString todo(const QString &what)
{
    return quoted(u"TODO: "_s + what);
}

} // namespace

QString PackScaffold::idFor(const QString &name)
{
    QString id;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            id += c;
        else if (c.category() != QChar::Mark_NonSpacing && !id.endsWith(u'-') && !id.isEmpty())
            id += u'-';
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.left(64);
}

QString PackScaffold::schemaReference()
{
    const QString relative = u"versus/schema/"_s + QLatin1String(schemaFileName);
    const QString beside = QCoreApplication::applicationDirPath() + u"/../share/"_s + relative;
    if (QFileInfo::exists(beside))
        return QUrl::fromLocalFile(QFileInfo(beside).canonicalFilePath()).toString();
    if (const QString found = QStandardPaths::locate(QStandardPaths::GenericDataLocation, relative); !found.isEmpty())
        return QUrl::fromLocalFile(found).toString();
    return u"https://raw.githubusercontent.com/versusapp/versus/main/share/"_s + relative;
}

Result<QByteArray> PackScaffold::make(const QStringList &contenderNames, const QString &title, const QDate &today,
                                      const QString &schema)
{
    QStringList names;
    for (const QString &n : contenderNames) {
        if (!n.trimmed().isEmpty())
            names.append(n.trimmed());
    }
    if (names.size() < 2 || names.size() > 4)
        return failure(tr("give 2 to 4 contenders, separated by commas (got %1)").arg(names.size()), QString());
    QStringList ids;
    for (const QString &n : std::as_const(names)) {
        if (n.size() > 80)
            return failure(tr("the contender name \"%1\" is longer than 80 characters").arg(n.left(40)), QString());
        QString id = idFor(n);
        if (id.isEmpty())
            id = u"contender"_s;
        const QString base = id.left(60);
        for (int k = 2; ids.contains(id); ++k)
            id = base + u'-' + QString::number(k);
        ids.append(id);
    }
    const QString packTitle = title.trimmed().isEmpty() ? names.join(u" vs "_s) : title.trimmed();
    if (packTitle.size() > 200)
        return failure(tr("the title is longer than 200 characters"), QString());
    QString packId = idFor(ids.join(u"-vs-"_s));
    if (packId.isEmpty())
        packId = u"my-pack"_s;

    // A map with one value per contender, for values, chooseWhen and weights.
    const auto perContender = [&](const std::function<QString(int)> &value, int level = -1) {
        Fields f;
        for (int i = 0; i < ids.size(); ++i)
            f.append({ids[i], value(i)});
        return object(f, level);
    };
    const QString month = today.toString(u"yyyy-MM"_s);
    const QString source = object({{u"title"_s, todo(u"the title of a source"_s)},
                                   {u"url"_s, quoted(u"https://example.org/TODO"_s)},
                                   {u"asOf"_s, quoted(month)}});

    QStringList contenders;
    for (int i = 0; i < ids.size(); ++i)
        contenders.append(object({{u"id"_s, quoted(ids[i])},
                                  {u"name"_s, quoted(names[i])},
                                  {u"tagline"_s, todo(u"what %1 is, in one line"_s.arg(names[i]))},
                                  {u"homepage"_s, quoted(u"https://example.org/TODO"_s)},
                                  {u"licence"_s, todo(u"licence"_s)}}));
    const QStringList categories{
        object({{u"id"_s, quoted(u"category-1"_s)},
                {u"name"_s, todo(u"a category, such as Performance"_s)},
                {u"description"_s, todo(u"what this category covers"_s)}}),
        object(
            {{u"id"_s, quoted(u"category-2"_s)}, {u"name"_s, todo(u"another category"_s)}, {u"importance"_s, u"2"_s}})};
    const QStringList summary{
        object({{u"id"_s, quoted(u"summary-1"_s)},
                {u"criterion"_s, todo(u"a headline criterion"_s)},
                {u"values"_s, perContender([&](int i) { return todo(u"%1 in a few words"_s.arg(names[i])); })},
                {u"edge"_s, quoted(u"tie"_s)},
                {u"note"_s, todo(u"an optional note under the row"_s)}},
               2)};
    const auto criterion = [&](int n, const QString &link) {
        return object(
            {{u"id"_s, quoted(u"criterion-%1"_s.arg(n))},
             {u"category"_s, quoted(u"category-%1"_s.arg(n))},
             {u"criterion"_s, todo(u"what is compared"_s)},
             {u"values"_s,
              perContender(
                  [&](int i) {
                      return object({{u"text"_s, todo(u"how %1 does"_s.arg(names[i]))}, {u"rating"_s, u"3"_s}});
                  },
                  3)},
             {u"edge"_s, quoted(u"tie"_s)},
             {u"explanation"_s, todo(u"why they differ, in Markdown. "_s + link)},
             {u"sources"_s, array({source})}},
            2);
    };
    const QStringList criteria{
        criterion(1, u"Link to another criterion: [the other one](versus:criterion/criterion-2)."_s),
        criterion(2, u"Link to a question: [the FAQ](versus:faq/faq-1)."_s)};
    const QString verdict = object(
        {{u"summary"_s, todo(u"the verdict in two or three sentences"_s)},
         {u"chooseWhen"_s,
          perContender([&](int i) { return array({todo(u"when %1 is the better choice"_s.arg(names[i]))}); }, 2)}},
        1);
    // An option's effects (versus-pack/2): how much categories count, or a must-have.
    const auto option = [&](const QString &id, const Fields &effects, const QString &criteriaRefs) {
        Fields f{{u"id"_s, quoted(id)}, {u"label"_s, todo(u"an answer"_s)}};
        f.append(effects);
        if (!criteriaRefs.isEmpty())
            f.append({u"criteria"_s, criteriaRefs});
        return object(f);
    };
    const auto importance = [](const QString &category, int level) {
        return Fields{{u"importance"_s, object({{category, QString::number(level)}})}};
    };
    const Fields mustHave{
        {u"mustHave"_s, array({object({{u"criterion"_s, quoted(u"criterion-1"_s)}, {u"atLeast"_s, u"3"_s}})})}};
    const QStringList questions{
        object({{u"id"_s, quoted(u"question-1"_s)},
                {u"text"_s, todo(u"a question with one answer"_s)},
                {u"help"_s, todo(u"why the question matters"_s)},
                {u"kind"_s, quoted(u"single"_s)},
                {u"options"_s,
                 array({option(u"option-1"_s, importance(u"category-1"_s, 5), array({quoted(u"criterion-1"_s)})),
                        option(u"option-2"_s, importance(u"category-1"_s, 1), QString())},
                       4)}},
               3),
        object({{u"id"_s, quoted(u"question-2"_s)},
                {u"text"_s, todo(u"a question with several answers, asked after the answer option-1"_s)},
                {u"kind"_s, quoted(u"multi"_s)},
                {u"showIf"_s, object({{u"question"_s, quoted(u"question-1"_s)}, {u"answer"_s, quoted(u"option-1"_s)}})},
                {u"options"_s,
                 array({option(u"option-a"_s, importance(u"category-2"_s, 5), QString()),
                        option(u"option-b"_s, mustHave, QString())},
                       4)}},
               3)};
    const QString checklist = object({{u"tieMargin"_s, u"0.05"_s}, {u"questions"_s, array(questions, 2)}}, 1);
    const QStringList faq{object({{u"id"_s, quoted(u"faq-1"_s)},
                                  {u"question"_s, todo(u"a question clients ask"_s)},
                                  {u"answer"_s,
                                   todo(u"the answer, in Markdown; it may link to "
                                        "[a criterion](versus:criterion/criterion-1)."_s)},
                                  {u"tags"_s, array({quoted(u"basics"_s)})}},
                                 2)};
    const auto field = [](const QString &id, const QString &type, bool required, const Fields &extra = {}) {
        Fields f{{u"id"_s, quoted(id)}, {u"label"_s, todo(u"label"_s)}, {u"type"_s, quoted(type)}};
        if (required)
            f.append({u"required"_s, u"true"_s});
        f.append(extra);
        return object(f);
    };
    const QString choices = array({object({{u"id"_s, quoted(u"choice-1"_s)}, {u"label"_s, todo(u"a choice"_s)}}),
                                   object({{u"id"_s, quoted(u"choice-2"_s)}, {u"label"_s, todo(u"another"_s)}})});
    const QString inquiry = object(
        {{u"title"_s, todo(u"the form's title, such as Ask us"_s)},
         {u"intro"_s, todo(u"a line above the form"_s)},
         {u"endpoint"_s, quoted(u"https://example.org/TODO-inquiries"_s)},
         {u"consent"_s, todo(u"what you do with the answers"_s)},
         {u"fields"_s,
          array({field(u"name"_s, u"text"_s, true, {{u"maxLength"_s, u"120"_s}}), field(u"email"_s, u"email"_s, true),
                 field(u"kind"_s, u"choice"_s, false, {{u"options"_s, choices}}),
                 field(u"details"_s, u"multiline"_s, false), field(u"consent"_s, u"checkbox"_s, true)},
                2)}},
        1);

    const Fields root{
        {u"$schema"_s, quoted(schema)},
        {u"$comment"_s,
         quoted(u"Made by versus --new-pack. Replace every TODO; versus --check-pack lists those left. "
                "Ratings are 0 to 5, edges a contender id, a list of them or \"tie\"; an answer sets how much "
                "categories count (importance 0 to 5) or states a must-have; contenders may also have "
                "\"firstRelease\" (YYYY, YYYY-MM or YYYY-MM-DD), and the publisher a \"logo\" (an .svg "
                "or .png file beside "
                "the pack). See docs/writing-a-pack.md."_s)},
        {u"format"_s, quoted(u"versus-pack/2"_s)},
        {u"id"_s, quoted(packId)},
        {u"title"_s, quoted(packTitle)},
        {u"subtitle"_s, todo(u"what this comparison is for, in one line"_s)},
        {u"version"_s, quoted(u"0.1"_s)},
        {u"updated"_s, quoted(today.toString(Qt::ISODate))},
        {u"language"_s, quoted(u"en"_s)},
        {u"author"_s, todo(u"you, or your firm"_s)},
        {u"contenders"_s, array(contenders, 1)},
        {u"categories"_s, array(categories, 1)},
        {u"summary"_s, array(summary, 1)},
        {u"criteria"_s, array(criteria, 1)},
        {u"verdict"_s, verdict},
        {u"checklist"_s, checklist},
        {u"faq"_s, array(faq, 1)},
        {u"inquiry"_s, inquiry},
        {u"publisher"_s,
         object({{u"name"_s, todo(u"your firm, shown on every page and report"_s)},
                 {u"website"_s, quoted(u"https://example.org/TODO"_s)},
                 {u"contact"_s, todo(u"a contact line, such as an email address"_s)},
                 {u"accent"_s, quoted(u"#1f6feb"_s)}},
                1)}};
    return (object(root, 0) + u"\n"_s).toUtf8();
}

Result<void> PackScaffold::write(const QString &fileName, const QStringList &contenders, const QString &title)
{
    if (QFileInfo::exists(fileName))
        return failure(tr("%1 exists already; give the name of a new file").arg(fileName), fileName);
    const auto text = make(contenders, title, QDate::currentDate(), schemaReference());
    if (!text)
        return failure(text.error().message, fileName);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(*text) != text->size() || !file.commit())
        return failure(tr("cannot write %1: %2").arg(fileName, file.errorString()), fileName);
    return {};
}

} // namespace Versus::Core
