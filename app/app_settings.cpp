#include "app_settings.h"

#include "core/areas/admin_units.h"
#include "core/text/text.h"
#include "labels.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace kh::app {

AppSettings::AppSettings(QQmlEngine *engine, QObject *parent) : QObject(parent), m_engine(engine) {}
AppSettings::~AppSettings()
{
    if (m_translator) QCoreApplication::removeTranslator(m_translator.get());
}

void AppSettings::applyStored()
{
    apply(QSettings().value(QStringLiteral("language"), QStringLiteral("vi")).toString());
}

void AppSettings::setLanguage(const QString &lang)
{
    if (lang == m_language) return;
    apply(lang);
    QSettings().setValue(QStringLiteral("language"), m_language);
}

void AppSettings::apply(const QString &requested)
{
    const QString lang = requested == QLatin1String("en") ? requested : QStringLiteral("vi");
    for (auto *t : {&m_translator, &m_qtTranslator})
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    // Qt's own words: the platform's catalogue where there is one, else the app's (Debian ships no Vietnamese).
    if (lang != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
            qt->load(QStringLiteral(":/i18n/qt_%1.qm").arg(lang))) {
            QCoreApplication::installTranslator(qt.get());
            m_qtTranslator = std::move(qt);
        }
    }
    // English is the source language; its .qm holds only the plural forms ("1 change", "2 changes").
    auto t = std::make_unique<QTranslator>();
    if (t->load(QStringLiteral(":/i18n/khuyenhoc_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(t.get());
        m_translator = std::move(t);
    } else {
        qCWarning(lcApp) << "translation" << lang << "missing from the resources";
    }
    QLocale::setDefault(lang == QLatin1String("vi") ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                                    : QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_language = lang;
    if (m_engine) m_engine->retranslate();
    Labels::instance()->retranslate();
    emit languageChanged();
}

} // namespace kh::app
