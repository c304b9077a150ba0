#pragma once

// A large, valid pack for the benchmarks: realistic text lengths, deterministic content.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

namespace Bench {

inline QString words(QRandomGenerator &rng, int count)
{
    static const QStringList vocabulary
        = {u"async"_qs,      u"request"_qs,    u"database"_qs, u"template"_qs,   u"admin"_qs,      u"schema"_qs,
           u"migration"_qs,  u"validation"_qs, u"session"_qs,  u"token"_qs,      u"worker"_qs,     u"queue"_qs,
           u"deploy"_qs,     u"container"_qs,  u"latency"_qs,  u"throughput"_qs, u"typed"_qs,      u"model"_qs,
           u"serializer"_qs, u"café"_qs,       u"résumé"_qs,   u"naïve"_qs,      u"cache"_qs,      u"proxy"_qs,
           u"security"_qs,   u"framework"_qs,  u"endpoint"_qs, u"router"_qs,     u"middleware"_qs, u"test"_qs};
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(vocabulary[static_cast<int>(rng.bounded(static_cast<quint32>(vocabulary.size())))]);
    return out.join(u' ');
}

/// A versus-pack/2 document with the given numbers of criteria, FAQ entries and questions. Every 50th
/// criterion is a context criterion; each option sets the importance of one or two categories, every
/// 25th sets a context criterion's ratings too, and every 40th states a must-have.
inline QByteArray generatedPack(int criteria, int faq, int questions, int categories = 12)
{
    QRandomGenerator rng(42);
    QJsonArray cats;
    for (int k = 0; k < categories; ++k)
        cats.append(QJsonObject{{u"id"_qs, u"cat-%1"_qs.arg(k)}, {u"name"_qs, u"Category %1"_qs.arg(k)}});
    QJsonArray crit;
    for (int i = 0; i < criteria; ++i) {
        const int a = static_cast<int>(rng.bounded(6));
        const int b = static_cast<int>(rng.bounded(6));
        crit.append(QJsonObject{
            {u"context"_qs, i % 50 == 49},
            {u"id"_qs, u"criterion-%1"_qs.arg(i)},
            {u"category"_qs, u"cat-%1"_qs.arg(i % categories)},
            {u"criterion"_qs, QString(u"Criterion %1 "_qs.arg(i) + words(rng, 3))},
            {u"values"_qs,
             QJsonObject{{u"a"_qs, QJsonObject{{u"text"_qs, words(rng, 12)}, {u"rating"_qs, a}}},
                         {u"b"_qs, QJsonObject{{u"text"_qs, words(rng, 12)}, {u"rating"_qs, b}}}}},
            {u"edge"_qs, a > b ? u"a"_qs : (b > a ? u"b"_qs : u"tie"_qs)},
            {u"explanation"_qs, QString(words(rng, 60) + u" **bold** and a [link](https://example.org/x)."_qs)},
            {u"sources"_qs,
             QJsonArray{QJsonObject{{u"title"_qs, u"Source %1"_qs.arg(i)},
                                    {u"url"_qs, u"https://example.org/source/%1"_qs.arg(i)},
                                    {u"asOf"_qs, u"2026-06-01"_qs}}}}});
    }
    QJsonArray faqs;
    for (int i = 0; i < faq; ++i)
        faqs.append(QJsonObject{{u"id"_qs, u"faq-%1"_qs.arg(i)},
                                {u"question"_qs, QString(u"Question %1 about "_qs.arg(i) + words(rng, 6) + u"?"_qs)},
                                {u"answer"_qs, words(rng, 80)},
                                {u"tags"_qs, QJsonArray{u"tag-%1"_qs.arg(i % 7)}}});
    QJsonArray qs;
    for (int i = 0; i < questions; ++i) {
        QJsonArray options;
        for (int o = 0; o < 3; ++o) {
            QJsonObject importance{{u"cat-%1"_qs.arg(rng.bounded(categories)), static_cast<int>(rng.bounded(6))},
                                   {u"cat-%1"_qs.arg(rng.bounded(categories)), static_cast<int>(rng.bounded(6))}};
            QJsonObject option{
                {u"id"_qs, u"o%1"_qs.arg(o)}, {u"label"_qs, words(rng, 3)}, {u"importance"_qs, importance}};
            const int n = i * 3 + o;
            if (n % 25 == 24 && criteria >= 50)
                option.insert(
                    u"ratings"_qs,
                    QJsonObject{{u"criterion-%1"_qs.arg(50 * static_cast<int>(rng.bounded(criteria / 50)) + 49),
                                 QJsonObject{{u"a"_qs, static_cast<int>(rng.bounded(6))},
                                             {u"b"_qs, static_cast<int>(rng.bounded(6))}}}});
            if (n % 40 == 39)
                option.insert(
                    u"mustHave"_qs,
                    QJsonArray{QJsonObject{{u"criterion"_qs, u"criterion-%1"_qs.arg(rng.bounded(criteria) / 50 * 50)},
                                           {u"atLeast"_qs, 2}}});
            options.append(option);
        }
        QJsonObject q{{u"id"_qs, u"q-%1"_qs.arg(i)},
                      {u"text"_qs, QString(u"Question %1: "_qs.arg(i) + words(rng, 8) + u"?"_qs)},
                      {u"kind"_qs, i % 5 == 4 ? u"multi"_qs : u"single"_qs},
                      {u"options"_qs, options}};
        if (i % 7 == 6)
            q.insert(u"showIf"_qs, QJsonObject{{u"question"_qs, u"q-%1"_qs.arg(i - 1)}, {u"answer"_qs, u"o0"_qs}});
        qs.append(q);
    }
    const QJsonObject pack{
        {u"format"_qs, u"versus-pack/2"_qs},
        {u"id"_qs, u"generated"_qs},
        {u"title"_qs, u"Generated"_qs},
        {u"version"_qs, u"1"_qs},
        {u"updated"_qs, u"2026-11-26"_qs},
        {u"language"_qs, u"en"_qs},
        {u"contenders"_qs,
         QJsonArray{QJsonObject{{u"id"_qs, u"a"_qs}, {u"name"_qs, u"Alpha"_qs}},
                    QJsonObject{{u"id"_qs, u"b"_qs}, {u"name"_qs, u"Beta"_qs}}}},
        {u"categories"_qs, cats},
        {u"summary"_qs,
         QJsonArray{QJsonObject{{u"id"_qs, u"s"_qs},
                                {u"criterion"_qs, u"Summary"_qs},
                                {u"values"_qs, QJsonObject{{u"a"_qs, u"x"_qs}, {u"b"_qs, u"y"_qs}}},
                                {u"edge"_qs, u"tie"_qs}}}},
        {u"criteria"_qs, crit},
        {u"verdict"_qs,
         QJsonObject{{u"summary"_qs, u"Either."_qs},
                     {u"chooseWhen"_qs, QJsonObject{{u"a"_qs, QJsonArray{u"A"_qs}}, {u"b"_qs, QJsonArray{u"B"_qs}}}}}},
        {u"checklist"_qs, QJsonObject{{u"tieMargin"_qs, 0.05}, {u"questions"_qs, qs}}},
        {u"faq"_qs, faqs},
        {u"inquiry"_qs,
         QJsonObject{{u"title"_qs, u"Ask"_qs},
                     {u"fields"_qs,
                      QJsonArray{QJsonObject{
                          {u"id"_qs, u"email"_qs}, {u"label"_qs, u"Email"_qs}, {u"type"_qs, u"email"_qs}}}}}}};
    return QJsonDocument(pack).toJson(QJsonDocument::Indented);
}

} // namespace Bench
