<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>InquiryView</name>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>Attach the checklist verdict to this inquiry</source>
        <translation>Das Checklisten-Ergebnis an diese Anfrage anhängen</translation>
    </message>
    <message>
        <source>Inquiry status</source>
        <translation>Status der Anfrage</translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation>&amp;Neuer Entwurf</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>Ab&amp;senden</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>&amp;Edit and resend</source>
        <translation>Bearbeiten und &amp;erneut senden</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Inquiry form</source>
        <translation>Anfrageformular</translation>
    </message>
    <message>
        <source>Drafts and outbox</source>
        <translation>Entwürfe und Postausgang</translation>
    </message>
    <message>
        <source>Save &amp;as File…</source>
        <translation>Als Datei spe&amp;ichern…</translation>
    </message>
    <message>
        <source>Set an &amp;Address…</source>
        <translation>&amp;Adresse festlegen…</translation>
    </message>
    <message>
        <source>Save as &amp;Email…</source>
        <translation>Als &amp;E-Mail speichern…</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Preview Request</source>
        <translation>Anfrage &amp;vorab ansehen</translation>
    </message>
    <message>
        <source>The request that will be sent</source>
        <translation>Die Anfrage, die gesendet wird</translation>
    </message>
    <message>
        <source>Attach the decision &amp;report (PDF)</source>
        <translation>Den Entscheidungs&amp;bericht (PDF) anhängen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Mark sources older than:</source>
        <translation>Quellen markieren, die älter sind als:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Senden an:</translation>
    </message>
    <message>
        <source>Send &amp;automatically when a connection is available</source>
        <translation>&amp;Automatisch senden, sobald eine Verbindung besteht</translation>
    </message>
    <message>
        <source>&amp;Keep sent inquiries for:</source>
        <translation>Gesendete Anfragen &amp;behalten für:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Changes apply at once.</source>
        <translation>Änderungen gelten sofort.</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>Deli&amp;ver as:</source>
        <translation>Zu&amp;stellen als:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Au&amp;thentifizierung:</translation>
    </message>
    <message>
        <source>x-make-apikey</source>
        <translation>x-make-apikey</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Name des Headers</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>G&amp;eheimnis:</translation>
    </message>
    <message>
        <source>E&amp;xtra fields:</source>
        <translation>&amp;Zusätzliche Felder:</translation>
    </message>
    <message>
        <source>_subject=New inquiry from Versus</source>
        <translation>_subject=Neue Anfrage über Versus</translation>
    </message>
    <message>
        <source>Send a &amp;Test Request</source>
        <translation>&amp;Testanfrage senden</translation>
    </message>
</context>
<context>
    <name>Versus::Core::CriteriaModel</name>
    <message>
        <source>%1 out of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Vorteil</translation>
    </message>
    <message>
        <source>%1: rating from 0 to 5</source>
        <translation>%1: Bewertung von 0 bis 5</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>Versus::Core::CriterionHtml</name>
    <message>
        <source>Edge: %1</source>
        <translation>Vorteil: %1</translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>may be outdated</source>
        <translation>möglicherweise veraltet</translation>
    </message>
</context>
<context>
    <name>Versus::Core::DecisionRecord</name>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>überholt</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ersetzt</translation>
    </message>
</context>
<context>
    <name>Versus::Core::DeliveryProfile</name>
    <message>
        <source>[Test] A test request from Versus: please ignore it</source>
        <translation>[Test] Eine Testanfrage von Versus: bitte ignorieren</translation>
    </message>
    <message>
        <source>This is a test request from Versus, to check the address. Please ignore it.</source>
        <translation>Dies ist eine Testanfrage von Versus, um die Adresse zu prüfen. Bitte ignorieren Sie sie.</translation>
    </message>
    <message>
        <source>a HubSpot address is https://api.hsforms.com/submissions/v3/integration/submit/PORTAL-ID/FORM-GUID</source>
        <translation>eine HubSpot-Adresse lautet https://api.hsforms.com/submissions/v3/integration/submit/PORTAL-ID/FORM-GUID</translation>
    </message>
    <message>
        <source>(%1 bytes, base64)</source>
        <translation>(%1 Bytes, Base64)</translation>
    </message>
</context>
<context>
    <name>Versus::Core::FaqModel</name>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Versus::Core::FormValidator</name>
    <message>
        <source>must be ticked or not</source>
        <translation>muss entweder angekreuzt oder nicht angekreuzt sein</translation>
    </message>
    <message>
        <source>must be ticked to go on</source>
        <translation>muss angekreuzt sein, um fortzufahren</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>ist keine der Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>ist %1 Zeichen lang; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>is not an e-mail address (name@example.org)</source>
        <translation>ist keine E-Mail-Adresse (name@example.org)</translation>
    </message>
    <message>
        <source>is not a field of this form</source>
        <translation>ist kein Feld dieses Formulars</translation>
    </message>
</context>
<context>
    <name>Versus::Core::HtmlReport</name>
    <message>
        <source>Decision record · %1</source>
        <translation>Entscheidungsprotokoll · %1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>What would change it</source>
        <translation>Was das Ergebnis ändern würde</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Weighted comparison</source>
        <translation>Gewichteter Vergleich</translation>
    </message>
    <message>
        <source>Contender</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Gewichtete Punktzahl</translation>
    </message>
    <message>
        <source>Chart of the weighted scores</source>
        <translation>Diagramm der gewichteten Punktzahlen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Made with Versus %1, pack %2 version %3.</source>
        <translation>Erstellt mit Versus %1, Paket %2, Version %3.</translation>
    </message>
    <message>
        <source>Decision taken</source>
        <translation>Getroffene Entscheidung</translation>
    </message>
    <message>
        <source>Chosen option: %1</source>
        <translation>Gewählte Option: %1</translation>
    </message>
    <message>
        <source>No option has been chosen yet.</source>
        <translation>Noch wurde keine Option gewählt.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Because: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>The computed verdict differs: %1.</source>
        <translation>Das berechnete Ergebnis lautet anders: %1.</translation>
    </message>
    <message>
        <source>Decision-makers</source>
        <translation>Entscheidungsträger</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Konsultiert</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informiert</translation>
    </message>
    <message>
        <source>Pros and cons of the options</source>
        <translation>Vor- und Nachteile der Optionen</translation>
    </message>
    <message>
        <source>No criterion of the categories that matter sets it apart.</source>
        <translation>Kein Kriterium der wichtigen Kategorien hebt sie ab.</translation>
    </message>
    <message>
        <source>Good: %1</source>
        <translation>Gut: %1</translation>
    </message>
    <message>
        <source>Bad: %1</source>
        <translation>Schlecht: %1</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered.</source>
        <translation>%1 von %2 Fragen beantwortet.</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Empfindlichkeit</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>Verdict holds for</source>
        <translation>Ergebnis gilt für</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festgelegt</translation>
    </message>
</context>
<context>
    <name>Versus::Core::InquiryEmail</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checklist verdict: %1</source>
        <translation>Ergebnis der Checkliste: %1</translation>
    </message>
</context>
<context>
    <name>Versus::Core::InquiryStore</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the local database could not be written: %1</source>
        <translation>die lokale Datenbank konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the local database could not be read: %1</source>
        <translation>die lokale Datenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer Versus (schema %2); this one reads up to %3</source>
        <translation>%1 wurde von einer neueren Versus-Version geschrieben (Schema %2); diese Version liest bis Schema %3</translation>
    </message>
    <message>
        <source>the draft could not be saved: %1</source>
        <translation>der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the disk is full (%1); nothing was changed. Free some space and try again</source>
        <translation>der Datenträger ist voll (%1); es wurde nichts geändert. Schaffen Sie Platz und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the folder %1 is read-only (%2), so the local database cannot be opened or written; make it writable and try again</source>
        <translation>der Ordner %1 ist schreibgeschützt (%2), daher kann die lokale Datenbank weder geöffnet noch beschrieben werden; machen Sie ihn beschreibbar und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the local database is read-only (%1); nothing was changed. Make the file and its folder writable and try again</source>
        <translation>die lokale Datenbank ist schreibgeschützt (%1); es wurde nichts geändert. Machen Sie die Datei und ihren Ordner beschreibbar und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the disk cannot be written (%1); nothing was changed. Check that it is not full or read-only and try again</source>
        <translation>der Datenträger kann nicht beschrieben werden (%1); es wurde nichts geändert. Prüfen Sie, dass er nicht voll oder schreibgeschützt ist, und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Versus database (%2). Move it elsewhere to start with an empty outbox</source>
        <translation>%1 ist beschädigt oder keine Versus-Datenbank (%2). Verschieben Sie die Datei, um mit einem leeren Postausgang zu beginnen</translation>
    </message>
</context>
<context>
    <name>Versus::Core::JsonDocument</name>
    <message>
        <source>unexpected character or missing separator</source>
        <translation>unerwartetes Zeichen oder fehlendes Trennzeichen</translation>
    </message>
    <message>
        <source>invalid string (bad escape or character)</source>
        <translation>ungültige Zeichenkette (fehlerhafte Escape-Sequenz oder ungültiges Zeichen)</translation>
    </message>
    <message>
        <source>control character inside a string (write it as an escape such as \n)</source>
        <translation>Steuerzeichen in einer Zeichenkette (schreiben Sie es als Escape-Sequenz wie \n)</translation>
    </message>
    <message>
        <source>string is not closed</source>
        <translation>Zeichenkette ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>invalid literal (expected true, false or null)</source>
        <translation>ungültiges Literal (erwartet: true, false oder null)</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation>das Dokument ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the document is too large</source>
        <translation>das Dokument ist zu groß</translation>
    </message>
    <message>
        <source>invalid JSON (%1)</source>
        <translation>ungültiges JSON (%1)</translation>
    </message>
    <message>
        <source>the document is nested deeper than %1 levels</source>
        <translation>das Dokument ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>unerwarteter Text nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>null</source>
        <extracomment>The JSON literal, usually kept as it is.</extracomment>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
</context>
<context>
    <name>Versus::Core::JsonReader</name>
    <message>
        <source>too many problems; stopping after %1</source>
        <translation>zu viele Probleme; Abbruch nach %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet: %1, erhalten: %2</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>doppelter Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (ignored)</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; (ignoriert)</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>erforderlicher Schlüssel &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>text is %1 characters long; the limit is %2</source>
        <translation>Text ist %1 Zeichen lang; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <source>text contains the control character U+%1</source>
        <translation>Text enthält das Steuerzeichen U+%1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected an id of 1 to 64 characters a-z, 0-9 and &quot;-&quot;, got %1</source>
        <translation>erwartet: eine ID aus 1 bis 64 Zeichen a-z, 0-9 und &quot;-&quot;, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2, got %3</source>
        <translation>erwartet: eine ganze Zahl von %1 bis %2, erhalten: %3</translation>
    </message>
    <message>
        <source>expected an absolute http or https URL, got %1</source>
        <translation>erwartet: eine absolute http- oder https-URL, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD or YYYY-MM, got %1</source>
        <translation>erwartet: ein Datum JJJJ-MM-TT oder JJJJ-MM, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, got %1</source>
        <translation>erwartet: ein Datum JJJJ-MM-TT, erhalten: %1</translation>
    </message>
    <message>
        <source>expected exactly %1 items, got %2</source>
        <translation>erwartet: genau %1 Einträge, erhalten: %2</translation>
    </message>
    <message>
        <source>expected %1 to %2 items, got %3</source>
        <translation>erwartet: %1 bis %2 Einträge, erhalten: %3</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first used at %2)</source>
        <translation>doppelte ID &quot;%1&quot; (zuerst verwendet bei %2)</translation>
    </message>
    <message>
        <source>expected a number from %1 up to (not including) %2, got %3</source>
        <translation>erwartet: eine Zahl von %1 bis ausschließlich %2, erhalten: %3</translation>
    </message>
    <message>
        <source>expected at least %1 items, got %2</source>
        <translation>erwartet: mindestens %1 Einträge, erhalten: %2</translation>
    </message>
    <message>
        <source>1 more warning not listed</source>
        <translation>1 weitere Warnung nicht aufgeführt</translation>
    </message>
    <message>
        <source>%1 more warnings not listed</source>
        <translation>%1 weitere Warnungen nicht aufgeführt</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot; (is &quot;%2&quot; a misspelling of it?)</source>
        <translation>fehlender Pflichtschlüssel „%1“ (ist „%2“ eine Falschschreibung davon?)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (ignored); did you mean &quot;%2&quot;?</source>
        <translation>unbekannter Schlüssel „%1“ (ignoriert); meinten Sie „%2“?</translation>
    </message>
</context>
<context>
    <name>Versus::Core::MarkdownReport</name>
    <message>
        <source>%1 matters (importance %2 of 5)</source>
        <translation>%1 ist wichtig (Wichtigkeit %2 von 5)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Contender</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Gewichtete Punktzahl</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Chosen option: &quot;%1&quot;, because it leads on the answers below.</source>
        <translation>Gewählte Option: „%1“, weil sie bei den folgenden Antworten vorn liegt.</translation>
    </message>
    <message>
        <source>Chosen option: &quot;%1&quot;, because %2</source>
        <translation>Gewählte Option: „%1“, weil: %2</translation>
    </message>
    <message>
        <source>Chosen option: &quot;%1&quot;, because the decision-makers chose it (no reason was recorded).</source>
        <translation>Gewählte Option: „%1“, weil die Entscheidungsträger sie gewählt haben (keine Begründung festgehalten).</translation>
    </message>
    <message>
        <source>The computed verdict differs: %1.</source>
        <translation>Das berechnete Ergebnis lautet anders: %1.</translation>
    </message>
    <message>
        <source>Choose %1 when: %2</source>
        <translation>%1 wählen, wenn: %2</translation>
    </message>
    <message>
        <source>Which of %1 fits this project? The decision weighs %2 criteria by the importance of their categories, which the checklist answers (%3 of %4 questions answered) and any weights set by hand give.</source>
        <translation>Welche Lösung von %1 passt zu diesem Projekt? Die Entscheidung gewichtet %2 Kriterien nach der Wichtigkeit ihrer Kategorien, die sich aus den Antworten der Checkliste (%3 von %4 Fragen beantwortet) und von Hand gesetzten Gewichtungen ergibt.</translation>
    </message>
    <message>
        <source>No option leads by enough: the choice depends on the points below.</source>
        <translation>Keine Option liegt weit genug vorn: Die Wahl hängt von den folgenden Punkten ab.</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>Verdict holds for</source>
        <translation>Ergebnis gilt für</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festgelegt</translation>
    </message>
    <message>
        <source>No option leads by enough: %1 are too close to call, and the choice depends on the points below.</source>
        <translation>Keine Option führt deutlich genug: %1 liegen zu nah beieinander, und die Wahl hängt von den Punkten unten ab.</translation>
    </message>
</context>
<context>
    <name>Versus::Core::NameList</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>Versus::Core::Outbox</name>
    <message>
        <source>no valid address to send inquiries to is set</source>
        <translation>es ist keine gültige Adresse für den Versand von Anfragen festgelegt</translation>
    </message>
    <message>
        <source>%1 is not encrypted: inquiries are only sent over https (or http to this computer)</source>
        <translation>%1 ist nicht verschlüsselt: Anfragen werden nur über https gesendet (oder über http an diesen Computer)</translation>
    </message>
    <message>
        <source>%1 is not an https address</source>
        <translation>%1 ist keine https-Adresse</translation>
    </message>
    <message>
        <source>the inquiry is not in the outbox any more</source>
        <translation>die Anfrage ist nicht mehr im Postausgang</translation>
    </message>
    <message>
        <source>no answer from the server in time</source>
        <translation>keine rechtzeitige Antwort vom Server</translation>
    </message>
    <message>
        <source>the server answered with a redirect (HTTP %1%2); an inquiry is never sent on to another address</source>
        <translation>der Server antwortete mit einer Weiterleitung (HTTP %1%2); eine Anfrage wird nie an eine andere Adresse weitergegeben</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> nach %1</translation>
    </message>
    <message>
        <source>the server is busy or failed (HTTP %1)%2</source>
        <translation>der Server ist überlastet oder gestört (HTTP %1)%2</translation>
    </message>
    <message>
        <source>the server refused the inquiry (HTTP %1)%2</source>
        <translation>der Server hat die Anfrage abgelehnt (HTTP %1)%2</translation>
    </message>
    <message>
        <source>the connection could not be trusted or understood: %1</source>
        <translation>die Verbindung ist nicht vertrauenswürdig oder nicht verständlich: %1</translation>
    </message>
    <message>
        <source>not delivered: %1</source>
        <translation>nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>no complete answer from the server in time</source>
        <translation>keine vollständige Antwort vom Server in der vorgesehenen Zeit</translation>
    </message>
    <message>
        <source>the server&apos;s answer was more than %1 MiB long and was not read (HTTP %2)</source>
        <translation>die Antwort des Servers war länger als %1 MiB und wurde nicht gelesen (HTTP %2)</translation>
    </message>
    <message>
        <source>the folder %1 is not writable (it may be on a read-only disk), so nothing can be sent or saved; make it writable and try again</source>
        <translation>der Ordner %1 ist nicht beschreibbar (vielleicht liegt er auf einem schreibgeschützten Datenträger), daher kann nichts gesendet oder gespeichert werden; machen Sie ihn beschreibbar und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the disk holding %1 is full, so nothing can be sent or saved; free some space and try again</source>
        <translation>der Datenträger mit %1 ist voll, daher kann nichts gesendet oder gespeichert werden; schaffen Sie Platz und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be created, so nothing can be sent; check that the folder is writable and the disk not full</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden, daher kann nichts gesendet werden; prüfen Sie, dass der Ordner beschreibbar und der Datenträger nicht voll ist</translation>
    </message>
    <message>
        <source>not delivered: the connection was closed before the server answered</source>
        <translation>nicht zugestellt: die Verbindung wurde geschlossen, bevor der Server antwortete</translation>
    </message>
    <message>
        <source>the answer was not JSON; the address may be wrong</source>
        <translation>die Antwort war kein JSON; die Adresse ist vielleicht falsch</translation>
    </message>
    <message>
        <source>the form service did not take the inquiry (HTTP %1): %2</source>
        <translation>der Formulardienst hat die Anfrage nicht angenommen (HTTP %1): %2</translation>
    </message>
    <message>
        <source>HubSpot has no test submission (every one becomes a contact); the address looks right</source>
        <translation>HubSpot kennt keine Testübermittlung (jede wird zu einem Kontakt); die Adresse sieht richtig aus</translation>
    </message>
</context>
<context>
    <name>Versus::Core::OutboxModel</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Benötigt Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>Versus::Core::Pack</name>
    <message>
        <source>Tie</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Contenders that share the lead on a row: &quot;Tea, Coffee and Cocoa&quot;</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Versus::Core::PackLibrary</name>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 exists again; the removed pack stays in %2</source>
        <translation>%1 existiert wieder; das entfernte Paket bleibt in %2</translation>
    </message>
    <message>
        <source>cannot put %1 back</source>
        <translation>%1 kann nicht zurückgelegt werden</translation>
    </message>
</context>
<context>
    <name>Versus::Core::PackLoader</name>
    <message>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>is a folder, not a pack file</source>
        <translation>ist ein Ordner, keine Paketdatei</translation>
    </message>
    <message>
        <source>the file is %1 MiB; a pack may be at most %2 MiB</source>
        <translation>die Datei ist %1 MiB groß; ein Paket darf höchstens %2 MiB groß sein</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the pack is larger than %1 MiB</source>
        <translation>das Paket ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device, for example); open a pack file</source>
        <translation>ist keine normale Datei (sondern z. B. eine Pipe oder ein Gerät); öffnen Sie eine Paketdatei</translation>
    </message>
</context>
<context>
    <name>Versus::Core::PackScaffold</name>
    <message>
        <source>give 2 to 4 contenders, separated by commas (got %1)</source>
        <translation>geben Sie 2 bis 4 Kandidaten an, durch Kommas getrennt (erhalten: %1)</translation>
    </message>
    <message>
        <source>the contender name &quot;%1&quot; is longer than 80 characters</source>
        <translation>der Kandidatenname „%1“ ist länger als 80 Zeichen</translation>
    </message>
    <message>
        <source>the title is longer than 200 characters</source>
        <translation>der Titel ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>%1 exists already; give the name of a new file</source>
        <translation>%1 existiert bereits; geben Sie den Namen einer neuen Datei an</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Versus::Core::PackValidator</name>
    <message>
        <source>&quot;%1&quot; is not a contender of this pack</source>
        <translation>&quot;%1&quot; ist kein Kandidat dieses Pakets</translation>
    </message>
    <message>
        <source>missing a value for contender &quot;%1&quot;</source>
        <translation>Wert für Kandidat &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>expected a language tag such as &quot;en&quot; or &quot;pt-BR&quot;, got &quot;%1&quot;</source>
        <translation>erwartet: ein Sprach-Tag wie &quot;en&quot; oder &quot;pt-BR&quot;, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a date YYYY, YYYY-MM or YYYY-MM-DD, got %1</source>
        <translation>erwartet: ein Datum JJJJ, JJJJ-MM oder JJJJ-MM-TT, erhalten: %1</translation>
    </message>
    <message>
        <source>no category has the id &quot;%1&quot;</source>
        <translation>es gibt keine Kategorie mit der ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;single&quot; or &quot;multi&quot;, got %1</source>
        <translation>erwartet: &quot;single&quot; oder &quot;multi&quot;, erhalten: %1</translation>
    </message>
    <message>
        <source>no criterion has the id &quot;%1&quot;</source>
        <translation>es gibt kein Kriterium mit der ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no earlier question has the id &quot;%1&quot; (showIf may only refer to questions before it)</source>
        <translation>es gibt keine vorherige Frage mit der ID &quot;%1&quot; (showIf darf sich nur auf vorangehende Fragen beziehen)</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no option &quot;%2&quot;</source>
        <translation>Frage &quot;%1&quot; hat keine Option &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected one of &quot;text&quot;, &quot;email&quot;, &quot;multiline&quot;, &quot;choice&quot;, &quot;checkbox&quot;, got %1</source>
        <translation>erwartet: einer der Werte &quot;text&quot;, &quot;email&quot;, &quot;multiline&quot;, &quot;choice&quot;, &quot;checkbox&quot;, erhalten: %1</translation>
    </message>
    <message>
        <source>missing required key &quot;options&quot; (a choice field needs options)</source>
        <translation>erforderlicher Schlüssel &quot;options&quot; fehlt (ein Auswahlfeld braucht Optionen)</translation>
    </message>
    <message>
        <source>only a field of type &quot;choice&quot; has options</source>
        <translation>nur ein Feld vom Typ &quot;choice&quot; hat Optionen</translation>
    </message>
    <message>
        <source>the link &quot;%1&quot; leads nowhere (use versus:criterion/ID or versus:faq/ID with an existing id)</source>
        <translation>der Link &quot;%1&quot; führt ins Leere (verwenden Sie versus:criterion/ID oder versus:faq/ID mit einer vorhandenen ID)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved for the inquiry itself; choose another id</source>
        <translation>&quot;%1&quot; ist für die Anfrage selbst reserviert; wählen Sie eine andere ID</translation>
    </message>
    <message>
        <source>expected a contender id, got %1</source>
        <translation>Kandidaten-ID erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is named twice</source>
        <translation>&quot;%1&quot; ist zweimal genannt</translation>
    </message>
    <message>
        <source>expected a contender id, a list of contender ids or &quot;tie&quot;, got %1</source>
        <translation>Kandidaten-ID, Liste von Kandidaten-IDs oder &quot;tie&quot; erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>the edge names &quot;%1&quot; (rated %2), but %3 is rated higher (%4)</source>
        <translation>der Vorteil nennt &quot;%1&quot; (Bewertung %2), aber %3 ist höher bewertet (%4)</translation>
    </message>
    <message>
        <source>the edge names %1, but every contender is rated %2</source>
        <translation>der Vorteil nennt %1, aber jeder Kandidat ist mit %2 bewertet</translation>
    </message>
    <message>
        <source>the edge is a tie, but the ratings put %1 ahead (rated %2)</source>
        <translation>der Vorteil ist ein Gleichstand, aber die Bewertungen sehen %1 vorn (Bewertung %2)</translation>
    </message>
    <message>
        <source>the edge names %1, but the ratings put %2 in the lead (rated %3)</source>
        <translation>der Vorteil nennt %1, aber die Bewertungen sehen %2 vorn (Bewertung %3)</translation>
    </message>
    <message>
        <source>expected at most %1 lists of synonyms, got %2</source>
        <translation>höchstens %1 Listen von Synonymen erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>erwartet wird eines von %1, gefunden: %2</translation>
    </message>
    <message>
        <source>&quot;auth&quot;: &quot;header&quot; needs &quot;authHeader&quot;, the header&apos;s name</source>
        <translation>&quot;auth&quot;: &quot;header&quot; braucht &quot;authHeader&quot;, den Namen des Headers</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this form</source>
        <translation>&quot;%1&quot; ist kein Feld dieses Formulars</translation>
    </message>
    <message>
        <source>versus-pack/1 pack read as versus-pack/2: the checklist options&apos; &quot;weights&quot; (points per contender) were dropped and &quot;tieMargin&quot; is the default %1, so answers change no verdict until the pack is upgraded (see &quot;Upgrading from versus-pack/1&quot; in docs/pack-format.md)</source>
        <translation>versus-pack/1-Paket als versus-pack/2 gelesen: die &quot;weights&quot; der Checklisten-Optionen (Punkte je Kandidat) wurden verworfen und &quot;tieMargin&quot; ist der Standardwert %1; Antworten ändern also kein Ergebnis, bis das Paket aktualisiert ist (siehe &quot;Upgrading from versus-pack/1&quot; in docs/pack-format.md)</translation>
    </message>
    <message>
        <source>expected &quot;versus-pack/2&quot;, got %1: this version of Versus reads versus-pack/2 packs (and versus-pack/1, migrated)</source>
        <translation>erwartet: &quot;versus-pack/2&quot;, erhalten: %1: Diese Version von Versus liest versus-pack/2-Pakete (und versus-pack/1, umgewandelt)</translation>
    </message>
    <message>
        <source>points per contender are versus-pack/1; a versus-pack/2 option sets &quot;importance&quot;, &quot;mustHave&quot; or &quot;ratings&quot;</source>
        <translation>Punkte je Kandidat gehören zu versus-pack/1; eine versus-pack/2-Option setzt &quot;importance&quot;, &quot;mustHave&quot; oder &quot;ratings&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a context criterion, whose ratings answers set: a must-have names a rated criterion</source>
        <translation>&quot;%1&quot; ist ein Kontextkriterium, dessen Bewertungen Antworten setzen: ein Muss-Kriterium nennt ein bewertetes Kriterium</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a context criterion: only a criterion with &quot;context&quot;: true takes its ratings from answers</source>
        <translation>&quot;%1&quot; ist kein Kontextkriterium: nur ein Kriterium mit &quot;context&quot;: true erhält seine Bewertungen aus Antworten</translation>
    </message>
    <message>
        <source>a context rating needs a value for every contender</source>
        <translation>eine Kontextbewertung braucht einen Wert für jeden Kandidaten</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>still to be written (the text holds TODO)</source>
        <translation>noch zu schreiben (der Text enthält TODO)</translation>
    </message>
    <message>
        <source>inquiries are only sent over https (or http to this computer); use https://%1</source>
        <translation>Anfragen werden nur über https gesendet (oder http an diesen Computer); verwenden Sie https://%1</translation>
    </message>
    <message>
        <source>expected a colour such as &quot;#1f6feb&quot;, got &quot;%1&quot;</source>
        <translation>Farbe wie „#1f6feb“ erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>the logo is not shown: %1</source>
        <translation>das Logo wird nicht angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>Versus::Core::PublisherLogo</name>
    <message>
        <source>the SVG has a DTD or entities, which are not drawn</source>
        <translation>das SVG enthält eine DTD oder Entitäten, die nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>the SVG refers to something outside it (a style); it is not drawn</source>
        <translation>das SVG verweist auf etwas außerhalb (einen Stil); es wird nicht gezeichnet</translation>
    </message>
    <message>
        <source>the file is not an SVG image</source>
        <translation>die Datei ist kein SVG-Bild</translation>
    </message>
    <message>
        <source>the SVG refers to something outside it (%1); it is not drawn</source>
        <translation>das SVG verweist auf etwas außerhalb (%1); es wird nicht gezeichnet</translation>
    </message>
    <message>
        <source>the SVG cannot be read: %1</source>
        <translation>das SVG kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is not a PNG image</source>
        <translation>die Datei ist kein PNG-Bild</translation>
    </message>
    <message>
        <source>the PNG is %1 × %2 pixels; the limit is %3 × %3</source>
        <translation>das PNG hat %1 × %2 Pixel; die Grenze ist %3 × %3</translation>
    </message>
    <message>
        <source>the logo is empty</source>
        <translation>das Logo ist leer</translation>
    </message>
    <message>
        <source>the logo is %1 KiB; the limit is %2 KiB</source>
        <translation>das Logo hat %1 KiB; die Grenze ist %2 KiB</translation>
    </message>
    <message>
        <source>a logo given as data must start data:image/svg+xml;base64, or data:image/png;base64,</source>
        <translation>ein als Daten angegebenes Logo muss mit data:image/svg+xml;base64, oder data:image/png;base64, beginnen</translation>
    </message>
    <message>
        <source>the logo is larger than %1 KiB</source>
        <translation>das Logo ist größer als %1 KiB</translation>
    </message>
    <message>
        <source>the logo&apos;s data is not valid base64</source>
        <translation>die Daten des Logos sind kein gültiges Base64</translation>
    </message>
    <message>
        <source>a logo file must be beside the pack (a path such as &quot;logo.svg&quot;)</source>
        <translation>eine Logodatei muss neben dem Paket liegen (ein Pfad wie „logo.svg“)</translation>
    </message>
    <message>
        <source>a logo must be an .svg or .png file</source>
        <translation>ein Logo muss eine .svg- oder .png-Datei sein</translation>
    </message>
    <message>
        <source>the logo %1 cannot be read</source>
        <translation>das Logo %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Versus::Core::PublisherText</name>
    <message>
        <source>Prepared by: %1</source>
        <translation>Erstellt von: %1</translation>
    </message>
</context>
<context>
    <name>Versus::Core::ScoreboardModel</name>
    <message>
        <source>%1 (leads)</source>
        <translation>%1 (vorn)</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>, leads</source>
        <translation>, vorn</translation>
    </message>
    <message>
        <source>Contender</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Gewichtete Punktzahl</translation>
    </message>
    <message>
        <source>%1 (ruled out)</source>
        <translation>%1 (ausgeschlossen)</translation>
    </message>
    <message>
        <source>, ruled out</source>
        <translation>, ausgeschlossen</translation>
    </message>
</context>
<context>
    <name>Versus::Core::SearchResultsModel</name>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Checklist questions</source>
        <translation>Fragen der Checkliste</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Versus::Core::SummaryModel</name>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Vorteil</translation>
    </message>
</context>
<context>
    <name>Versus::Core::SyntaxHint</name>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation>Kommentare sind in JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>strings and keys take double quotes (&quot;), not single quotes</source>
        <translation>Zeichenketten und Schlüssel stehen in doppelten Anführungszeichen (&quot;), nicht in einfachen</translation>
    </message>
    <message>
        <source>the array opened at %1 is not closed</source>
        <translation>das bei %1 geöffnete Array ist nicht geschlossen</translation>
    </message>
    <message>
        <source>the object opened at %1 is not closed</source>
        <translation>das bei %1 geöffnete Objekt ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a double quote inside a string must be written \&quot; (or the comma before this is missing)</source>
        <translation>ein doppeltes Anführungszeichen in einer Zeichenkette muss als \&quot; geschrieben werden (oder das Komma davor fehlt)</translation>
    </message>
    <message>
        <source>missing comma between two items</source>
        <translation>fehlendes Komma zwischen zwei Einträgen</translation>
    </message>
    <message>
        <source>missing &apos;:&apos; after the key</source>
        <translation>fehlendes &apos;:&apos; nach dem Schlüssel</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>trailing comma: remove the comma after the last item</source>
        <translation>überzähliges Komma: entfernen Sie das Komma nach dem letzten Eintrag</translation>
    </message>
    <message>
        <source>missing &apos;:&apos; and a value after the key</source>
        <translation>fehlendes &apos;:&apos; und fehlender Wert nach dem Schlüssel</translation>
    </message>
    <message>
        <source>missing a value after &apos;:&apos;</source>
        <translation>fehlender Wert nach &apos;:&apos;</translation>
    </message>
    <message>
        <source>two commas in a row</source>
        <translation>zwei Kommas hintereinander</translation>
    </message>
    <message>
        <source>a comma cannot come first</source>
        <translation>ein Komma kann nicht am Anfang stehen</translation>
    </message>
    <message>
        <source>the array opened at %1 is not closed (or a &apos;{&apos; is missing)</source>
        <translation>das bei %1 geöffnete Array ist nicht geschlossen (oder ein &apos;{&apos; fehlt)</translation>
    </message>
    <message>
        <source>unexpected &apos;:&apos;</source>
        <translation>unerwartetes &apos;:&apos;</translation>
    </message>
    <message>
        <source>NaN and Infinity are not JSON numbers (write a number or null)</source>
        <translation>NaN und Infinity sind keine JSON-Zahlen (schreiben Sie eine Zahl oder null)</translation>
    </message>
    <message>
        <source>keys take double quotes: &quot;%1&quot;</source>
        <translation>Schlüssel stehen in doppelten Anführungszeichen: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Versus::Core::TableExport</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>%1 rating</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Vorteil</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Pack %1, version %2, updated %3.</source>
        <translation>Paket %1, Version %2, Stand %3.</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation>Punktestand</translation>
    </message>
    <message>
        <source>Contender</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Gewichtete Punktzahl</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichtungen</translation>
    </message>
    <message>
        <source>Weight (0–5)</source>
        <translation>Gewichtung (0–5)</translation>
    </message>
    <message>
        <source>Detailed comparison</source>
        <translation>Detailvergleich</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>Versus::Core::TableImport</name>
    <message>
        <source>column %1 (%2): %3</source>
        <translation>Spalte %1 (%2): %3</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>no category is named &quot;%1&quot;</source>
        <translation>keine Kategorie heißt „%1“</translation>
    </message>
    <message>
        <source>expected an integer from 0 to 5, got &quot;%1&quot;</source>
        <translation>ganze Zahl von 0 bis 5 erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>expected %1 to 50 source addresses separated by spaces, got %2</source>
        <translation>%1 bis 50 durch Leerzeichen getrennte Quelladressen erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>expected an absolute http or https URL, got &quot;%1&quot;</source>
        <translation>absolute http- oder https-URL erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <source>the table is empty</source>
        <translation>die Tabelle ist leer</translation>
    </message>
    <message>
        <source>expected %1 columns (the table of this pack, as --export-table writes it), got %2</source>
        <translation>%1 Spalten erwartet (die Tabelle dieses Pakets, wie --export-table sie schreibt), erhalten: %2</translation>
    </message>
    <message>
        <source>column %1 should be the contender &quot;%2&quot;, got &quot;%3&quot;</source>
        <translation>Spalte %1 sollte der Kandidat „%2“ sein, erhalten: „%3“</translation>
    </message>
    <message>
        <source>the pack&apos;s text does not parse</source>
        <translation>der Text des Pakets lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>the pack&apos;s text is not the pack that was loaded</source>
        <translation>der Text des Pakets ist nicht das geladene Paket</translation>
    </message>
    <message>
        <source>the row has %1 cells; the header has %2</source>
        <translation>die Zeile hat %1 Zellen; die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>no criterion has the id &quot;%1&quot; (leave the cell empty to add a criterion)</source>
        <translation>kein Kriterium hat die Id „%1“ (lassen Sie die Zelle leer, um ein Kriterium hinzuzufügen)</translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; has an earlier row already</source>
        <translation>das Kriterium „%1“ hat bereits eine frühere Zeile</translation>
    </message>
    <message>
        <source>expected %1 (or several of them, separated by commas) or &quot;%2&quot;, got &quot;%3&quot;</source>
        <translation>erwartet %1 (oder mehrere davon, durch Kommas getrennt) oder „%2“, erhalten „%3“</translation>
    </message>
</context>
<context>
    <name>Versus::Core::TokenStore</name>
    <message>
        <source>The token is kept in the system&apos;s keyring.</source>
        <translation>Das Token liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>No keyring is available: the token is kept in memory until Versus closes, and never written to disk.</source>
        <translation>Kein Schlüsselbund verfügbar: Das Token bleibt nur im Arbeitsspeicher, bis Versus beendet wird, und wird nie auf die Festplatte geschrieben.</translation>
    </message>
</context>
<context>
    <name>Versus::Core::VerdictText</name>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>Don&apos;t know / doesn&apos;t matter</source>
        <translation>Weiß nicht / spielt keine Rolle</translation>
    </message>
    <message>
        <source>Either — it depends</source>
        <translation>Beides möglich — es kommt darauf an</translation>
    </message>
    <message>
        <source>“%1” answered “%2” (now: %3)</source>
        <translation>Antwort „%2“ auf „%1“ (jetzt: %3)</translation>
    </message>
    <message>
        <source>If %1, the verdict would be %2.</source>
        <translation>Bei %1 wäre das Ergebnis %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>No change of one or two answers would change this verdict.</source>
        <translation>Auch eine Änderung von ein oder zwei Antworten würde an diesem Ergebnis nichts ändern.</translation>
    </message>
    <message>
        <source>No answer favours one option yet.</source>
        <translation>Noch spricht keine Antwort für eine der Optionen.</translation>
    </message>
    <message>
        <source>See: %1</source>
        <translation>Siehe: %1</translation>
    </message>
    <message>
        <source>No clear leader — it depends</source>
        <translation>Kein klarer Favorit — es kommt darauf an</translation>
    </message>
    <message>
        <source>None meets every must-have</source>
        <translation>Keine Option erfüllt alle Muss-Kriterien</translation>
    </message>
    <message>
        <source>%1 or %2 — it depends</source>
        <translation>%1 oder %2 — es kommt darauf an</translation>
    </message>
    <message>
        <source>%1 (ruled out)</source>
        <translation>%1 (ausgeschlossen)</translation>
    </message>
    <message>
        <source>Every option fails a must-have.</source>
        <translation>Jede Option verfehlt ein Muss-Kriterium.</translation>
    </message>
    <message>
        <source>%1 is the only option that meets every must-have.</source>
        <translation>%1 ist die einzige Option, die alle Muss-Kriterien erfüllt.</translation>
    </message>
    <message>
        <source>The best scores are equal; the tie margin is %1 points.</source>
        <translation>Die besten Punktzahlen sind gleich; die Gleichstandsgrenze beträgt %1 Punkte.</translation>
    </message>
    <message>
        <source>%1 is %2 points ahead of %3, within the tie margin of %4 points.</source>
        <translation>%1 liegt %2 Punkte vor %3, innerhalb der Gleichstandsgrenze von %4 Punkten.</translation>
    </message>
    <message>
        <source>%1 leads %2 by %3 points, more than the tie margin of %4 points.</source>
        <translation>%1 liegt %3 Punkte vor %2, mehr als die Gleichstandsgrenze von %4 Punkten.</translation>
    </message>
    <message>
        <source>No category has any weight</source>
        <translation>Keine Kategorie hat eine Gewichtung</translation>
    </message>
    <message>
        <source>%1 leads with %2</source>
        <translation>%1 führt mit %2</translation>
    </message>
    <message>
        <source>%1 is ruled out: “%2” — “%3” needs %4 rated at least %5 of 5; %1 is rated %6 (%7).</source>
        <translation>%1 ist ausgeschlossen: „%2“ — „%3“ verlangt bei %4 mindestens %5 von 5; %1 hat %6 (%7).</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>von Hand gesetzt</translation>
    </message>
    <message>
        <source>from the answers</source>
        <translation>aus den Antworten</translation>
    </message>
    <message>
        <source>pack default</source>
        <translation>Standard des Pakets</translation>
    </message>
    <message>
        <source>The verdict holds at every importance.</source>
        <translation>Das Ergebnis gilt bei jeder Wichtigkeit.</translation>
    </message>
    <message>
        <source>The verdict holds from %1 to %2.</source>
        <translation>Das Ergebnis gilt von %1 bis %2.</translation>
    </message>
    <message>
        <source>At %1 it would be %2.</source>
        <translation>Bei %1 wäre es %2.</translation>
    </message>
    <message>
        <source>If %1 mattered %2 instead of %3, the verdict would be %4.</source>
        <translation>Hätte %1 die Wichtigkeit %2 statt %3, wäre das Ergebnis %4.</translation>
    </message>
    <message>
        <source>+%1 points toward %2</source>
        <translation>+%1 Punkte für %2</translation>
    </message>
    <message>
        <source>+%1 points</source>
        <translation>+%1 Punkte</translation>
    </message>
    <message>
        <source>rated %1 of 5 by the answers</source>
        <translation>von den Antworten mit %1 von 5 bewertet</translation>
    </message>
</context>
<context>
    <name>Versus::Core::WorkshopFile</name>
    <message>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>is a folder, not a workshop file</source>
        <translation>ist ein Ordner, keine Workshop-Datei</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>expected an option id, a list of option ids, or null, got %1</source>
        <translation>erwartet: eine Options-ID, eine Liste von Options-IDs oder null, erhalten: %1</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device, for example); open a workshop file</source>
        <translation>ist keine normale Datei (sondern z. B. eine Pipe oder ein Gerät); öffnen Sie eine Workshop-Datei</translation>
    </message>
    <message>
        <source>expected &quot;versus-workshop/2&quot; or &quot;versus-workshop/1&quot;, got %1</source>
        <translation>&quot;versus-workshop/2&quot; oder &quot;versus-workshop/1&quot; erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected &quot;proposed&quot;, &quot;accepted&quot;, &quot;rejected&quot;, &quot;deprecated&quot; or &quot;superseded&quot;, got %1</source>
        <translation>&quot;proposed&quot;, &quot;accepted&quot;, &quot;rejected&quot;, &quot;deprecated&quot; oder &quot;superseded&quot; erwartet, erhalten: %1</translation>
    </message>
</context>
<context>
    <name>Versus::Core::WorkshopSession</name>
    <message>
        <source>Untitled workshop</source>
        <translation>Unbenannter Workshop</translation>
    </message>
    <message>
        <source>This workshop was made with the pack &quot;%1&quot;; the open pack is &quot;%2&quot;. Only the answers, weights and notes whose ids this pack knows were kept.</source>
        <translation>Dieser Workshop wurde mit dem Paket &quot;%1&quot; erstellt; geöffnet ist das Paket &quot;%2&quot;. Nur die Antworten, Gewichtungen und Notizen, deren IDs dieses Paket kennt, wurden übernommen.</translation>
    </message>
    <message>
        <source>This workshop was made with version %1 of the pack; the open version is %2.</source>
        <translation>Dieser Workshop wurde mit Version %1 des Pakets erstellt; geöffnet ist Version %2.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has no option &quot;%2&quot; (ignored).</source>
        <translation>Frage &quot;%1&quot; hat keine Option &quot;%2&quot; (ignoriert).</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes one answer; the first was kept.</source>
        <translation>Frage &quot;%1&quot; erlaubt nur eine Antwort; die erste wurde übernommen.</translation>
    </message>
    <message>
        <source>This pack has no question &quot;%1&quot; (its answer was ignored).</source>
        <translation>Dieses Paket hat keine Frage &quot;%1&quot; (ihre Antwort wurde ignoriert).</translation>
    </message>
    <message>
        <source>This pack has no category &quot;%1&quot; (its weight was ignored).</source>
        <translation>Dieses Paket hat keine Kategorie &quot;%1&quot; (ihre Gewichtung wurde ignoriert).</translation>
    </message>
    <message>
        <source>This pack has no criterion &quot;%1&quot; (its note was ignored).</source>
        <translation>Dieses Paket hat kein Kriterium &quot;%1&quot; (seine Notiz wurde ignoriert).</translation>
    </message>
    <message>
        <source>This pack has no contender &quot;%1&quot; (the option chosen was ignored).</source>
        <translation>Dieses Paket hat keinen Kandidaten &quot;%1&quot; (die gewählte Option wurde ignoriert).</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::ChecklistView</name>
    <message>
        <source>Don&apos;t know / doesn&apos;t matter</source>
        <translation>Weiß nicht / spielt keine Rolle</translation>
    </message>
    <message>
        <source>Progress through the checklist</source>
        <translation>Fortschritt in der Checkliste</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation>Ab&amp;schließen</translation>
    </message>
    <message>
        <source>See the verdict now; unanswered questions count as &quot;don&apos;t know&quot;</source>
        <translation>Ergebnis jetzt anzeigen; unbeantwortete Fragen zählen als „Weiß nicht“</translation>
    </message>
    <message>
        <source>Why, and what would change it</source>
        <translation>Begründung und was das Ergebnis ändern würde</translation>
    </message>
    <message>
        <source>Attach a short summary of this verdict to my inquiry</source>
        <translation>Eine kurze Zusammenfassung dieses Ergebnisses an meine Anfrage anhängen</translation>
    </message>
    <message>
        <source>&amp;Review answers</source>
        <translation>Antworten übe&amp;rprüfen</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>&amp;Von vorn beginnen</translation>
    </message>
    <message>
        <source>&amp;Save workshop</source>
        <translation>Workshop &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>&amp;Talk to us</source>
        <translation>Kon&amp;takt aufnehmen</translation>
    </message>
    <message>
        <source>This pack has no questions.</source>
        <translation>Dieses Paket enthält keine Fragen.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation>Wählen Sie alle zutreffenden Antworten aus.</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>What would change it</source>
        <translation>Was das Ergebnis ändern würde</translation>
    </message>
    <message>
        <source>Choose %1 when…</source>
        <translation>Wählen Sie %1, wenn …</translation>
    </message>
    <message>
        <source>Main reasons: %1.</source>
        <translation>Hauptgründe: %1.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>If the importance changed</source>
        <translation>Wenn sich die Wichtigkeit änderte</translation>
    </message>
    <message>
        <source>Per category: the importances (0 to 5) for which the verdict holds are filled; the ring is the client&apos;s.</source>
        <translation>Je Kategorie: Die Wichtigkeiten (0 bis 5), bei denen das Ergebnis gilt, sind gefüllt; der Ring ist die des Kunden.</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%1 von %2 Fragen beantwortet</translation>
    </message>
    <message>
        <source>Ruled out</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Checklist verdict for %1: %2 (%3; %4 of %5 questions answered).</source>
        <translation>Checklisten-Ergebnis für %1: %2 (%3; %4 von %5 Fragen beantwortet).</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::ComparisonReport</name>
    <message>
        <source>Detailed comparison · pack %1, version %2, updated %3 · printed %4</source>
        <translation>Detailvergleich · Paket %1, Version %2, Stand %3 · gedruckt am %4</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation>Punktestand</translation>
    </message>
    <message>
        <source> (leads)</source>
        <translation> (vorn)</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichtungen</translation>
    </message>
    <message>
        <source>Criteria (%1 of %2)</source>
        <translation>Kriterien (%1 von %2)</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::ComparisonView</name>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Criterion details</source>
        <translation>Details zum Kriterium</translation>
    </message>
    <message>
        <source>Select a criterion to see its explanation and sources.</source>
        <translation>Wählen Sie ein Kriterium aus, um seine Erläuterung und Quellen zu sehen.</translation>
    </message>
    <message>
        <source>Notes on this criterion, for this client (saved with the workshop)</source>
        <translation>Notizen zu diesem Kriterium für diesen Kunden (werden mit dem Workshop gespeichert)</translation>
    </message>
    <message>
        <source>Notes on this criterion</source>
        <translation>Notizen zu diesem Kriterium</translation>
    </message>
    <message>
        <source>Filter criteria (Ctrl+F)</source>
        <translation>Kriterien filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter criteria</source>
        <translation>Kriterien filtern</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Nach Kategorie filtern</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Filter by edge</source>
        <translation>Nach Vorteil filtern</translation>
    </message>
    <message>
        <source>Any edge</source>
        <translation>Beliebiger Vorteil</translation>
    </message>
    <message>
        <source>Where %1 leads</source>
        <translation>Wo %1 vorn liegt</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export, copy or print the rows shown</source>
        <translation>Die angezeigten Zeilen exportieren, kopieren oder drucken</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Kommagetrennte Werte (*.csv)</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Copy selected rows</source>
        <translation>Ausgewählte Zeilen kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n Kategorie</numerusform>
            <numerusform>%n Kategorien</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>%1: the table can be exported as .csv or .md</source>
        <translation>%1: Die Tabelle kann als .csv oder .md exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>%n Zeile kopiert</numerusform>
            <numerusform>%n Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Ed&amp;ge:</source>
        <translation>Vorte&amp;il:</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::DecisionForm</name>
    <message>
        <source>Decision taken</source>
        <translation>Getroffene Entscheidung</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Why this option: it goes into the report as &quot;Chosen option: …, because …&quot;</source>
        <translation>Warum diese Option: steht im Bericht als „Gewählte Option: …, weil …“</translation>
    </message>
    <message>
        <source>&amp;Chosen option:</source>
        <translation>Gewählte &amp;Option:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Datu&amp;m:</translation>
    </message>
    <message>
        <source>Decision-&amp;makers:</source>
        <translation>Entscheidungsträ&amp;ger:</translation>
    </message>
    <message>
        <source>Consu&amp;lted:</source>
        <translation>Konsu&amp;ltiert:</translation>
    </message>
    <message>
        <source>&amp;Informed:</source>
        <translation>&amp;Informiert:</translation>
    </message>
    <message>
        <source>&amp;Because:</source>
        <translation>Begründu&amp;ng:</translation>
    </message>
    <message>
        <source>This differs from the computed verdict: %1.</source>
        <translation>Das weicht vom berechneten Ergebnis ab: %1.</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::FaqView</name>
    <message>
        <source>Filter questions and answers (Ctrl+F)</source>
        <translation>Fragen und Antworten filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter the FAQ</source>
        <translation>FAQ filtern</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle ausklappen</translation>
    </message>
    <message>
        <source>Show every question</source>
        <translation>Alle Fragen anzeigen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle einklappen</translation>
    </message>
    <message>
        <source>Show only the tags</source>
        <translation>Nur die Schlagwörter anzeigen</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy the selected question and its answer as Markdown (Ctrl+Shift+C)</source>
        <translation>Die ausgewählte Frage und ihre Antwort als Markdown kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Schlagwort %1</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Select a question to read its answer.</source>
        <translation>Wählen Sie eine Frage aus, um ihre Antwort zu lesen.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Copied the question and its answer as Markdown</source>
        <translation>Frage und Antwort als Markdown kopiert</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::HeadToHeadView</name>
    <message>
        <source>Updated %1 · version %2</source>
        <translation>Stand %1 · Version %2</translation>
    </message>
    <message>
        <source> · by %1</source>
        <translation> · von %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Summary table</source>
        <translation>Übersichtstabelle</translation>
    </message>
    <message>
        <source>Weighted scores</source>
        <translation>Gewichtete Punktzahlen</translation>
    </message>
    <message>
        <source>Adjust &amp;weights…</source>
        <translation>&amp;Gewichtung anpassen…</translation>
    </message>
    <message>
        <source>Set how much each category counts, in the Detailed comparison</source>
        <translation>Im Detailvergleich festlegen, wie stark jede Kategorie zählt</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>First release: %1</source>
        <translation>Erste Veröffentlichung: %1</translation>
    </message>
    <message>
        <source>Open %1 in your web browser</source>
        <translation>%1 im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>%1 homepage</source>
        <translation>Website von %1</translation>
    </message>
    <message>
        <source>Our verdict</source>
        <translation>Unser Fazit</translation>
    </message>
    <message>
        <source>Tell us what you are building…</source>
        <translation>Erzählen Sie uns, was Sie entwickeln…</translation>
    </message>
    <message>
        <source>Choose %1 when…</source>
        <translation>Wählen Sie %1, wenn …</translation>
    </message>
    <message>
        <source>Head-to-head</source>
        <translation>Direktvergleich</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::InquiryView</name>
    <message>
        <source>Rename draft</source>
        <translation>Entwurf umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Another Versus window is sending the outbox; it will send this inquiry.</source>
        <translation>Ein anderes Versus-Fenster versendet gerade den Postausgang; es sendet auch diese Anfrage.</translation>
    </message>
    <message>
        <source>Delete inquiry</source>
        <translation>Anfrage löschen</translation>
    </message>
    <message>
        <source>Delete this inquiry from the outbox? It will not be sent.</source>
        <translation>Diese Anfrage aus dem Postausgang löschen? Sie wird dann nicht gesendet.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Bitte wählen…</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Fill in the fields marked in red first.</source>
        <translation>Füllen Sie zuerst die rot markierten Felder aus.</translation>
    </message>
    <message>
        <source>Inquiry of %1</source>
        <translation>Anfrage vom %1</translation>
    </message>
    <message>
        <source>Your text is still here, but it could not be saved: %1</source>
        <translation>Ihr Text ist noch vorhanden, konnte aber nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Some fields need attention; nothing was sent.</source>
        <translation>Einige Felder müssen überprüft werden; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Not queued, and your text is still here: %1</source>
        <translation>Nicht in die Warteschlange gestellt; Ihr Text ist noch vorhanden: %1</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>Ab&amp;senden</translation>
    </message>
    <message>
        <source>Sent. Thank you: we will be in touch.</source>
        <translation>Gesendet. Vielen Dank, wir melden uns bei Ihnen.</translation>
    </message>
    <message>
        <source>Inquiry sent</source>
        <translation>Anfrage gesendet</translation>
    </message>
    <message>
        <source>Not sent: %1. It is kept in the Outbox, where you can edit and resend it.</source>
        <translation>Nicht gesendet: %1. Die Anfrage bleibt im Postausgang, wo Sie sie bearbeiten und erneut senden können.</translation>
    </message>
    <message>
        <source>Saved: it will be sent when a connection is available.</source>
        <translation>Gespeichert: Die Anfrage wird gesendet, sobald eine Verbindung besteht.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation>Entwurf gelöscht.</translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation>Entwurf wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Res&amp;end</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>Editing an inquiry that was not sent: %1</source>
        <translation>Sie bearbeiten eine Anfrage, die nicht gesendet wurde: %1</translation>
    </message>
    <message>
        <source>Not queued: the database cannot be written. Your text is still here; Save as File keeps it.</source>
        <translation>Nicht in den Postausgang gestellt: Die Datenbank kann nicht geschrieben werden. Ihr Text ist noch da; „Als Datei speichern“ bewahrt ihn auf.</translation>
    </message>
    <message>
        <source>Drafts and inquiries cannot be saved: %1. What you type stays in this window only; Save as File keeps it, and &quot;versus --queue-inquiry FILE&quot; queues it once the database can be written.</source>
        <translation>Entwürfe und Anfragen können nicht gespeichert werden: %1. Was Sie eingeben, bleibt nur in diesem Fenster; „Als Datei speichern“ bewahrt es auf, und &quot;versus --queue-inquiry DATEI&quot; stellt es in den Postausgang, sobald die Datenbank wieder geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Eingabe verwerfen?</translation>
    </message>
    <message>
        <source>The database cannot be written, so what you typed is not saved anywhere. Discard it? (Save as File keeps it.)</source>
        <translation>Die Datenbank kann nicht geschrieben werden, Ihre Eingabe ist also nirgends gespeichert. Verwerfen? („Als Datei speichern“ bewahrt sie auf.)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Save Inquiry as File</source>
        <translation>Anfrage als Datei speichern</translation>
    </message>
    <message>
        <source>inquiry</source>
        <translation>anfrage</translation>
    </message>
    <message>
        <source>Inquiries (*.json);;All files (*)</source>
        <translation>Anfragen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not saved to %1: %2</source>
        <translation>Nicht in %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>Saved to %1. Once the database can be written, queue it with: versus --queue-inquiry &quot;%1&quot;</source>
        <translation>In %1 gespeichert. Sobald die Datenbank geschrieben werden kann, stellen Sie sie so in den Postausgang: versus --queue-inquiry &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Saved in your outbox. No address is set yet, so it waits there: set one, save it as an email, or copy it as text.</source>
        <translation>Im Postausgang gespeichert. Es ist noch keine Adresse festgelegt, daher wartet die Anfrage dort: Legen Sie eine fest, speichern Sie sie als E-Mail oder kopieren Sie sie als Text.</translation>
    </message>
    <message>
        <source>Where it will go: nowhere, as nothing can be saved; save it as an email or copy it as text.</source>
        <translation>Wohin sie geht: nirgendwohin, da nichts gespeichert werden kann; speichern Sie sie als E-Mail oder kopieren Sie sie als Text.</translation>
    </message>
    <message>
        <source>Where it will go: nowhere yet: it waits in your outbox until an address is set. You can also save it as an email and send it yourself, or copy it as text.</source>
        <translation>Wohin sie geht: noch nirgendwohin: Sie wartet im Postausgang, bis eine Adresse festgelegt ist. Sie können sie auch als E-Mail speichern und selbst senden oder als Text kopieren.</translation>
    </message>
    <message>
        <source>Versus&apos;s inquiry protocol</source>
        <translation>das Anfrageprotokoll von Versus</translation>
    </message>
    <message>
        <source>a webhook</source>
        <translation>ein Webhook</translation>
    </message>
    <message>
        <source>a form service</source>
        <translation>ein Formulardienst</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Where it will go: %1 (%2), over an encrypted connection.</source>
        <translation>Wohin sie geht: %1 (%2), über eine verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>Send to a new address</source>
        <translation>An eine neue Adresse senden</translation>
    </message>
    <message>
        <source>This is the first inquiry to %1. What will be sent is shown under the form, with any secret masked. Send it?</source>
        <translation>Dies ist die erste Anfrage an %1. Was gesendet wird, steht unter dem Formular, Geheimnisse verdeckt. Senden?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Copied as text.</source>
        <translation>Als Text kopiert.</translation>
    </message>
    <message>
        <source>Save Inquiry as Email</source>
        <translation>Anfrage als E-Mail speichern</translation>
    </message>
    <message>
        <source>Email messages (*.eml);;All files (*)</source>
        <translation>E-Mail-Nachrichten (*.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not saved: the decision report could not be made.</source>
        <translation>Nicht gespeichert: Der Entscheidungsbericht konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>decision-report</source>
        <translation>entscheidungsbericht</translation>
    </message>
    <message>
        <source>Saved to %1. Open it with your mail client, add the consultancy&apos;s address and send it.</source>
        <translation>Gespeichert unter %1. Öffnen Sie die Datei mit Ihrem E-Mail-Programm, tragen Sie die Adresse der Beratung ein und senden Sie sie.</translation>
    </message>
    <message>
        <source>The report goes with the inquiry, and with a saved email.</source>
        <translation>Der Bericht geht mit der Anfrage und mit einer gespeicherten E-Mail mit.</translation>
    </message>
    <message>
        <source>This delivery cannot carry files: the report goes only with Save as Email.</source>
        <translation>Diese Zustellung kann keine Dateien mitnehmen: Der Bericht geht nur mit „Als E-Mail speichern“ mit.</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::LibraryDialog</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::LibraryView</name>
    <message>
        <source>Your packs</source>
        <translation>Ihre Pakete</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): does not open</source>
        <translation>
            <numerusform>%n Fehler: öffnet nicht</numerusform>
            <numerusform>%n Fehler: öffnet nicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Contenders</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;File Manager</source>
        <translation>Im &amp;Dateimanager zeigen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>A pack of your folder is moved aside; a recent one leaves the list. Undo brings it back.</source>
        <translation>Ein Paket Ihres Ordners wird beiseitegelegt; ein zuletzt benutztes verlässt die Liste. Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Put packs in %1 to find them here.</source>
        <translation>Legen Sie Pakete in %1 ab, um sie hier zu finden.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::MainWindow</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>Head-to-head</source>
        <translation>Direktvergleich</translation>
    </message>
    <message>
        <source>Detailed comparison</source>
        <translation>Detailvergleich</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Pack…</source>
        <translation>Paket &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Reload Pack</source>
        <translation>Paket neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;New Workshop</source>
        <translation>&amp;Neuer Workshop</translation>
    </message>
    <message>
        <source>Open &amp;Workshop…</source>
        <translation>&amp;Workshop öffnen…</translation>
    </message>
    <message>
        <source>Open Workshop</source>
        <translation>Workshop öffnen</translation>
    </message>
    <message>
        <source>Versus workshops (*.json);;All files (*)</source>
        <translation>Versus-Workshops (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Save Workshop</source>
        <translation>Workshop &amp;speichern</translation>
    </message>
    <message>
        <source>Save Workshop &amp;As…</source>
        <translation>Workshop speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Delete All My Data…</source>
        <translation>&amp;Alle meine Daten löschen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Alles durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Versus</source>
        <translation>Ü&amp;ber Versus</translation>
    </message>
    <message>
        <source>About Versus</source>
        <translation>Über Versus</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Versus — %1 — %2[*]</source>
        <translation>Versus — %1 — %2[*]</translation>
    </message>
    <message>
        <source>Versus — %1[*]</source>
        <translation>Versus — %1[*]</translation>
    </message>
    <message>
        <source>Restored the workshop changes that were not saved.</source>
        <translation>Die nicht gespeicherten Änderungen am Workshop wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>Unsaved workshop</source>
        <translation>Nicht gespeicherter Workshop</translation>
    </message>
    <message>
        <source>The workshop “%1” has changes that are not saved. Save them?</source>
        <translation>Der Workshop „%1“ enthält nicht gespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <source>%1 could not be opened as a workshop.</source>
        <translation>%1 konnte nicht als Workshop geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 opened; some of it does not match this pack.</source>
        <translation>%1 geöffnet; einiges davon passt nicht zu diesem Paket.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Save Workshop</source>
        <translation>Workshop speichern</translation>
    </message>
    <message>
        <source>Versus workshops (*.json)</source>
        <translation>Versus-Workshops (*.json)</translation>
    </message>
    <message>
        <source>The workshop could not be saved; your changes are still here.</source>
        <translation>Der Workshop konnte nicht gespeichert werden; Ihre Änderungen sind noch vorhanden.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML, one file (*.html);;Markdown decision record (*.md)</source>
        <translation>PDF (*.pdf);;HTML, eine Datei (*.html);;Markdown-Entscheidungsprotokoll (*.md)</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Der Bericht konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht in %1 gespeichert</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Drafts and the outbox cannot be used: %1</source>
        <translation>Entwürfe und Postausgang können nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>Not everything could be deleted: %1</source>
        <translation>Nicht alles konnte gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Drafts, outbox and log deleted.</source>
        <translation>Entwürfe, Postausgang und Protokoll gelöscht.</translation>
    </message>
    <message>
        <source>The built-in pack is always up to date.</source>
        <translation>Das eingebaute Paket ist immer aktuell.</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1 neu geladen</translation>
    </message>
    <message numerus="yes">
        <source>%1 opened with %n warning(s).</source>
        <translation>
            <numerusform>%1 mit %n Warnung geöffnet.</numerusform>
            <numerusform>%1 mit %n Warnungen geöffnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be opened (%n problem(s)). Showing the built-in pack instead.</source>
        <translation>
            <numerusform>%1 konnte nicht geöffnet werden (%n Problem). Stattdessen wird das eingebaute Paket angezeigt.</numerusform>
            <numerusform>%1 konnte nicht geöffnet werden (%n Probleme). Stattdessen wird das eingebaute Paket angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be opened (%n problem(s)). The open pack is unchanged.</source>
        <translation>
            <numerusform>%1 konnte nicht geöffnet werden (%n Problem). Das geöffnete Paket bleibt unverändert.</numerusform>
            <numerusform>%1 konnte nicht geöffnet werden (%n Probleme). Das geöffnete Paket bleibt unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Built-in pack: %1 (version %2)</source>
        <translation>Eingebautes Paket: %1 (Version %2)</translation>
    </message>
    <message>
        <source>Pack: %1 (version %2)</source>
        <translation>Paket: %1 (Version %2)</translation>
    </message>
    <message>
        <source>Another Versus window is sending the outbox. Inquiries you submit here are saved, and it sends them.</source>
        <translation>Ein anderes Versus-Fenster versendet gerade den Postausgang. Anfragen, die Sie hier absenden, werden gespeichert und von dort gesendet.</translation>
    </message>
    <message>
        <source>Open Pack</source>
        <translation>Paket öffnen</translation>
    </message>
    <message>
        <source>Content packs (*.json);;All files (*)</source>
        <translation>Inhaltspakete (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Detailed comparison, FAQ: filter</source>
        <translation>Detailvergleich, FAQ: filtern</translation>
    </message>
    <message>
        <source>Detailed comparison: copy the selected rows</source>
        <translation>Detailvergleich: ausgewählte Zeilen kopieren</translation>
    </message>
    <message>
        <source>FAQ: copy the question and answer as Markdown</source>
        <translation>FAQ: Frage und Antwort als Markdown kopieren</translation>
    </message>
    <message>
        <source>Checklist: next question</source>
        <translation>Checkliste: nächste Frage</translation>
    </message>
    <message>
        <source>Checklist: back</source>
        <translation>Checkliste: zurück</translation>
    </message>
    <message>
        <source>Checklist: finish</source>
        <translation>Checkliste: abschließen</translation>
    </message>
    <message>
        <source>Search: choose a result</source>
        <translation>Suche: ein Ergebnis wählen</translation>
    </message>
    <message>
        <source>Search, presentation mode: go back</source>
        <translation>Suche, Präsentationsmodus: zurück</translation>
    </message>
    <message>
        <source>Inquiry: submit</source>
        <translation>Anfrage: absenden</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message numerus="yes">
        <source>Pack: %1 (%2)
Version %3, updated %4
%n source(s)</source>
        <translation>
            <numerusform>Paket: %1 (%2)
Version %3, aktualisiert am %4
%n Quelle</numerusform>
            <numerusform>Paket: %1 (%2)
Version %3, aktualisiert am %4
%n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>This window now sends the outbox.</source>
        <translation>Dieses Fenster sendet jetzt den Postausgang.</translation>
    </message>
    <message>
        <source>Delete every draft, every inquiry in the outbox (sent or not), the delivery log, the workshop autosaves and the stored access token? This cannot be undone.</source>
        <translation>Alle Entwürfe, alle Anfragen im Postausgang (gesendet oder nicht), das Zustellprotokoll, die automatisch gesicherten Workshops und das gespeicherte Zugangstoken löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The workshop changes could not be saved aside; save the workshop to keep them.</source>
        <translation>Die Änderungen am Workshop konnten nicht beiseitegelegt werden; speichern Sie den Workshop, um sie zu behalten.</translation>
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation>&amp;Bibliothek…</translation>
    </message>
    <message>
        <source>Versus %1
Compare two to four technologies with a client, offline.

Licence: GNU GPL version 3 or later.
Qt %2.</source>
        <translation>Versus %1
Zwei bis vier Technologien mit einem Kunden vergleichen, offline.

Lizenz: GNU GPL Version 3 oder neuer.
Qt %2.</translation>
    </message>
    <message>
        <source>Add to &amp;Library</source>
        <translation>Zur &amp;Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Copy this pack into your library folder</source>
        <translation>Dieses Paket in Ihren Bibliotheksordner kopieren</translation>
    </message>
    <message>
        <source>The pack could not be added to the library.</source>
        <translation>Das Paket konnte nicht zur Bibliothek hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Added to your library: %1</source>
        <translation>Zu Ihrer Bibliothek hinzugefügt: %1</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::Printing</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::ProblemsPanel</name>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Show &amp;problems</source>
        <translation>&amp;Probleme anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the list of problems to the clipboard</source>
        <translation>Die Liste der Probleme in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>List of problems</source>
        <translation>Liste der Probleme</translation>
    </message>
    <message>
        <source>Open in &amp;Editor</source>
        <translation>Im &amp;Editor öffnen</translation>
    </message>
    <message>
        <source>Open in &amp;Editor at %1:%2</source>
        <translation>Im &amp;Editor öffnen bei %1:%2</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::PublisherBadge</name>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::Report</name>
    <message>
        <source>%1: a report can be written as .pdf, .html or .md</source>
        <translation>%1: Ein Bericht kann als .pdf, .html oder .md geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: the report would overwrite the workshop it is made from; give another file</source>
        <translation>%1: der Bericht würde den Workshop überschreiben, aus dem er entsteht; geben Sie eine andere Datei an</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::SafeTextBrowser</name>
    <message>
        <source>[image not shown]</source>
        <translation>[Bild nicht angezeigt]</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Diese Adresse im Webbrowser öffnen?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::ScoreCharts</name>
    <message>
        <source>Weighted score by category</source>
        <translation>Gewichtete Punktzahl nach Kategorie</translation>
    </message>
    <message>
        <source>Weighted score by category, chart</source>
        <translation>Gewichtete Punktzahl nach Kategorie, Diagramm</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Gewichtete Gesamtpunktzahl</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Weighted total, chart</source>
        <translation>Gewichtete Gesamtpunktzahl, Diagramm</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::SearchPopup</name>
    <message>
        <source>Search criteria, summary, FAQ and checklist…</source>
        <translation>Kriterien, Zusammenfassung, FAQ und Checkliste durchsuchen…</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Type to search. Enter opens, Escape goes back.</source>
        <translation>Tippen Sie, um zu suchen. Eingabetaste öffnet, Esc geht zurück.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). ↑↓ to choose, Enter to open, Escape to go back.</source>
        <translation>
            <numerusform>%n Ergebnis. ↑↓ zum Auswählen, Eingabetaste zum Öffnen, Esc zum Zurückgehen.</numerusform>
            <numerusform>%n Ergebnisse. ↑↓ zum Auswählen, Eingabetaste zum Öffnen, Esc zum Zurückgehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean &lt;a href=&quot;#suggestion&quot;&gt;%1&lt;/a&gt;?</source>
        <translation>Meinten Sie &lt;a href=&quot;#suggestion&quot;&gt;%1&lt;/a&gt;?</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::SensitivityChart</name>
    <message>
        <source>How the verdict depends on the importance of each category</source>
        <translation>Wie das Ergebnis von der Wichtigkeit jeder Kategorie abhängt</translation>
    </message>
    <message>
        <source>importance %1.</source>
        <translation>Wichtigkeit %1.</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>The pack&apos;s address</source>
        <translation>Adresse aus dem Paket</translation>
    </message>
    <message>
        <source>Open the Inquiry section once to set a token.</source>
        <translation>Öffnen Sie einmal den Bereich „Anfrage“, um ein Token festzulegen.</translation>
    </message>
    <message>
        <source>As the pack says</source>
        <translation>Wie im Paket angegeben</translation>
    </message>
    <message>
        <source>Versus&apos;s inquiry protocol (JSON)</source>
        <translation>Anfrageprotokoll von Versus (JSON)</translation>
    </message>
    <message>
        <source>Webhook: Zapier, Make, n8n, … (JSON)</source>
        <translation>Webhook: Zapier, Make, n8n, … (JSON)</translation>
    </message>
    <message>
        <source>Form service: Formspree, Basin, … (web form)</source>
        <translation>Formulardienst: Formspree, Basin, … (Webformular)</translation>
    </message>
    <message>
        <source>HubSpot Forms API</source>
        <translation>HubSpot Forms API</translation>
    </message>
    <message>
        <source>Nested, as Versus sends it</source>
        <translation>Verschachtelt, wie Versus sendet</translation>
    </message>
    <message>
        <source>Flat: field → value</source>
        <translation>Flach: Feld → Wert</translation>
    </message>
    <message>
        <source>Authorization: Bearer</source>
        <translation>Authorization: Bearer</translation>
    </message>
    <message>
        <source>A header of its own</source>
        <translation>Ein eigener Header</translation>
    </message>
    <message>
        <source>HTTP Basic (user:password)</source>
        <translation>HTTP Basic (Benutzer:Passwort)</translation>
    </message>
    <message>
        <source>Leave empty to use the pack&apos;s address. Without any, inquiries wait in the outbox until one is set.</source>
        <translation>Leer lassen, um die Adresse des Pakets zu verwenden. Ohne Adresse warten Anfragen im Postausgang, bis eine festgelegt ist.</translation>
    </message>
    <message>
        <source>HTTP %1: it works; an inquiry would count as sent.%2</source>
        <translation>HTTP %1: Es funktioniert; eine Anfrage würde als gesendet gelten.%2</translation>
    </message>
    <message>
        <source> The answer: %1</source>
        <translation> Die Antwort: %1</translation>
    </message>
    <message>
        <source>It does not work yet: %1</source>
        <translation>Es funktioniert noch nicht: %1</translation>
    </message>
    <message>
        <source>Sending a test request to %1…</source>
        <translation>Testanfrage an %1 wird gesendet…</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::StartPage</name>
    <message>
        <source>Open a pack</source>
        <translation>Ein Paket öffnen</translation>
    </message>
    <message>
        <source>Continue with the &amp;built-in pack (%1)</source>
        <translation>Mit dem &amp;eingebauten Paket weiter (%1)</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::WeightsPanel</name>
    <message>
        <source>0 — ignore</source>
        <translation>0 — ignorieren</translation>
    </message>
    <message>
        <source>1 — minor</source>
        <translation>1 — gering</translation>
    </message>
    <message>
        <source>2 — some</source>
        <translation>2 — etwas</translation>
    </message>
    <message>
        <source>3 — normal</source>
        <translation>3 — normal</translation>
    </message>
    <message>
        <source>4 — high</source>
        <translation>4 — hoch</translation>
    </message>
    <message>
        <source>5 — critical</source>
        <translation>5 — kritisch</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation>Punktestand</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>How much each category counts, from 0 (ignore) to 5 (critical).</source>
        <translation>Wie stark jede Kategorie zählt, von 0 (ignorieren) bis 5 (kritisch).</translation>
    </message>
    <message>
        <source>Importance of %1</source>
        <translation>Wichtigkeit von %1</translation>
    </message>
    <message>
        <source>&amp;Reset weights</source>
        <translation>Gewichtung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichtungen</translation>
    </message>
    <message>
        <source> · by hand</source>
        <translation> · von Hand</translation>
    </message>
    <message>
        <source>Forget the weights set by hand: the answers and the pack set them again</source>
        <translation>Von Hand gesetzte Gewichtungen vergessen: Antworten und Paket bestimmen sie wieder</translation>
    </message>
    <message>
        <source> · answers</source>
        <translation> · Antworten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>versus: %1: the table can be written as .csv or .md</source>
        <translation>versus: %1: Die Tabelle kann als .csv oder .md geschrieben werden</translation>
    </message>
    <message>
        <source>another Versus is sending the outbox; the inquiries stay queued</source>
        <translation>ein anderes Versus versendet gerade den Postausgang; die Anfragen bleiben in der Warteschlange</translation>
    </message>
    <message>
        <source>Check a content pack and report its problems.</source>
        <translation>Ein Inhaltspaket prüfen und seine Probleme melden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The content pack to use.</source>
        <translation>Das zu verwendende Inhaltspaket.</translation>
    </message>
    <message>
        <source>Write the detailed comparison to a .csv or .md file, then exit.</source>
        <translation>Den Detailvergleich in eine .csv- oder .md-Datei schreiben und beenden.</translation>
    </message>
    <message>
        <source>Search everything the pack says; print KIND, ID and TITLE per hit, best first.</source>
        <translation>Alles durchsuchen, was das Paket enthält; je Treffer KIND, ID und TITLE ausgeben, die besten zuerst.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>A workshop file (with --report).</source>
        <translation>Eine Workshop-Datei (mit --report).</translation>
    </message>
    <message>
        <source>Write the workshop&apos;s decision report to a .pdf, .html or .md file, print its Verdict line, then exit.</source>
        <translation>Den Entscheidungsbericht des Workshops in eine .pdf-, .html- oder .md-Datei schreiben, seine Zeile „Verdict:“ ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Validate an inquiry (a JSON object of field id -&gt; value) and queue it.</source>
        <translation>Eine Anfrage prüfen (ein JSON-Objekt aus Feld-ID -&gt; Wert) und in die Warteschlange stellen.</translation>
    </message>
    <message>
        <source>Try to send every queued inquiry once, now.</source>
        <translation>Jetzt einmal versuchen, jede Anfrage in der Warteschlange zu senden.</translation>
    </message>
    <message>
        <source>List the outbox.</source>
        <translation>Den Postausgang auflisten.</translation>
    </message>
    <message>
        <source>Where inquiries are sent (overrides Settings and the pack).</source>
        <translation>Wohin Anfragen gesendet werden (hat Vorrang vor den Einstellungen und dem Paket).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With --list-outbox: print JSON.</source>
        <translation>Mit --list-outbox: JSON ausgeben.</translation>
    </message>
    <message>
        <source>A content pack to open (JSON).</source>
        <translation>Ein zu öffnendes Inhaltspaket (JSON).</translation>
    </message>
    <message>
        <source>Try &apos;versus --help&apos;.
</source>
        <translation>Weitere Informationen mit &apos;versus --help&apos;.
</translation>
    </message>
    <message>
        <source>give at most one pack</source>
        <translation>höchstens ein Paket angeben</translation>
    </message>
    <message>
        <source>give one command at a time</source>
        <translation>jeweils nur einen Befehl angeben</translation>
    </message>
    <message>
        <source>--report needs --workshop FILE</source>
        <translation>--report erfordert --workshop DATEI</translation>
    </message>
    <message>
        <source>--workshop needs --report FILE</source>
        <translation>--workshop erfordert --report DATEI</translation>
    </message>
    <message>
        <source>The language of the interface (de, en, fr); the system&apos;s by default.</source>
        <translation>Die Sprache der Oberfläche (de, en, fr); standardmäßig die des Systems.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>is not a regular file (a folder, a pipe or a device); give a JSON file</source>
        <translation>ist keine normale Datei (sondern ein Ordner, eine Pipe oder ein Gerät); geben Sie eine JSON-Datei an</translation>
    </message>
    <message>
        <source>the inquiry is larger than %1 MiB</source>
        <translation>die Anfrage ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the outcome could not be saved: %1</source>
        <translation>das Ergebnis konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the local database was not updated</source>
        <translation>die lokale Datenbank wurde nicht aktualisiert</translation>
    </message>
    <message>
        <source>inquiries tried whose outcome could not be saved: %1. Make room or make the database writable, then run --send-outbox again (the server recognises a repeat by its idempotency key)</source>
        <translation>versuchte Anfragen, deren Ergebnis nicht gespeichert werden konnte: %1. Schaffen Sie Platz oder machen Sie die Datenbank beschreibbar und führen Sie dann --send-outbox erneut aus (der Server erkennt eine Wiederholung an ihrem Idempotenzschlüssel)</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>no address is set, so the inquiries wait in the outbox; set one in Settings or give --endpoint</source>
        <translation>es ist keine Adresse festgelegt, daher warten die Anfragen im Postausgang; legen Sie in den Einstellungen eine fest oder geben Sie --endpoint an</translation>
    </message>
    <message>
        <source>no address is set: give --endpoint, or set one in Settings</source>
        <translation>es ist keine Adresse festgelegt: geben Sie --endpoint an oder legen Sie in den Einstellungen eine fest</translation>
    </message>
    <message>
        <source>answer: HTTP %1</source>
        <translation>Antwort: HTTP %1</translation>
    </message>
    <message>
        <source>ok: an inquiry would count as sent</source>
        <translation>ok: eine Anfrage würde als gesendet gelten</translation>
    </message>
    <message>
        <source>Send a test request to where inquiries go and show the answer.</source>
        <translation>Eine Testanfrage an das Ziel der Anfragen senden und die Antwort zeigen.</translation>
    </message>
    <message>
        <source>1 source is older than %2 months on %3</source>
        <translation>1 Quelle ist am %3 älter als %2 Monate</translation>
    </message>
    <message>
        <source>%1 sources are older than %2 months on %3</source>
        <translation>%1 Quellen sind am %3 älter als %2 Monate</translation>
    </message>
    <message>
        <source>With --check-pack: list the sources older than Settings&apos; &quot;Mark sources older than&quot;.</source>
        <translation>Mit --check-pack: die Quellen auflisten, die älter sind als in den Einstellungen unter „Quellen markieren, die älter sind als“.</translation>
    </message>
    <message>
        <source>--stale needs --check-pack FILE</source>
        <translation>--stale erfordert --check-pack DATEI</translation>
    </message>
    <message>
        <source>versus: --contenders takes 2 to 4 names separated by commas</source>
        <translation>versus: --contenders nimmt 2 bis 4 durch Kommas getrennte Namen</translation>
    </message>
    <message>
        <source>wrote %1: fill in every TODO, then run versus --check-pack %1</source>
        <translation>%1 geschrieben: füllen Sie jedes TODO aus und rufen Sie dann versus --check-pack %1 auf</translation>
    </message>
    <message>
        <source>versus: %1: cannot be read</source>
        <translation>versus: %1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>versus: %1: the file is too large</source>
        <translation>versus: %1: die Datei ist zu groß</translation>
    </message>
    <message>
        <source>versus: cannot write %1: %2</source>
        <translation>versus: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>wrote %1: %2 criteria changed, %3 added, %4 new sources</source>
        <translation>%1 geschrieben: %2 Kriterien geändert, %3 hinzugefügt, %4 neue Quellen</translation>
    </message>
    <message>
        <source>1 warning, and --strict fails on warnings</source>
        <translation>1 Warnung, und --strict scheitert an Warnungen</translation>
    </message>
    <message>
        <source>%1 warnings, and --strict fails on warnings</source>
        <translation>%1 Warnungen, und --strict scheitert an Warnungen</translation>
    </message>
    <message>
        <source>Versus: compare two to four technologies with a client, with a verdict you can explain.</source>
        <translation>Versus: zwei bis vier Technologien mit einem Kunden vergleichen, mit einem Urteil, das Sie erklären können.</translation>
    </message>
    <message>
        <source>With --check-pack: fail on warnings too.</source>
        <translation>Mit --check-pack: auch bei Warnungen scheitern.</translation>
    </message>
    <message>
        <source>Write a new pack to fill in (with --contenders).</source>
        <translation>Ein neues Paket zum Ausfüllen schreiben (mit --contenders).</translation>
    </message>
    <message>
        <source>With --new-pack: 2 to 4 names, separated by commas.</source>
        <translation>Mit --new-pack: 2 bis 4 Namen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>With --new-pack: the pack&apos;s title.</source>
        <translation>Mit --new-pack: der Titel des Pakets.</translation>
    </message>
    <message>
        <source>Apply a criteria table (.csv, as --export-table writes it) to --pack; write --out.</source>
        <translation>Eine Kriterientabelle (.csv, wie --export-table sie schreibt) auf --pack anwenden; --out schreiben.</translation>
    </message>
    <message>
        <source>With --import-table: the pack to write.</source>
        <translation>Mit --import-table: das zu schreibende Paket.</translation>
    </message>
    <message>
        <source>--strict needs --check-pack FILE</source>
        <translation>--strict braucht --check-pack DATEI</translation>
    </message>
    <message>
        <source>--new-pack needs --contenders &quot;A,B&quot;</source>
        <translation>--new-pack braucht --contenders &quot;A,B&quot;</translation>
    </message>
    <message>
        <source>--contenders and --title need --new-pack FILE</source>
        <translation>--contenders und --title brauchen --new-pack DATEI</translation>
    </message>
    <message>
        <source>--import-table needs --pack PACK and --out NEWPACK</source>
        <translation>--import-table braucht --pack PAKET und --out NEUESPAKET</translation>
    </message>
    <message>
        <source>--out needs --import-table FILE</source>
        <translation>--out braucht --import-table DATEI</translation>
    </message>
</context>
</TS>
