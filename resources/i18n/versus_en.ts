<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>InquiryView</name>
    <message>
        <source>Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the checklist verdict to this inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit and resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts and outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an &amp;Address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request that will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the decision &amp;report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark sources older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;automatically when a connection is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep sent inquiries for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deli&amp;ver as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x-make-apikey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_subject=New inquiry from Versus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;Test Request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::CriteriaModel</name>
    <message>
        <source>%1 out of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rating from 0 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::CriterionHtml</name>
    <message>
        <source>Edge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may be outdated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::DecisionRecord</name>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::DeliveryProfile</name>
    <message>
        <source>[Test] A test request from Versus: please ignore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test request from Versus, to check the address. Please ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a HubSpot address is https://api.hsforms.com/submissions/v3/integration/submit/PORTAL-ID/FORM-GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 bytes, base64)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::FaqModel</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::FormValidator</name>
    <message>
        <source>must be ticked or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ticked to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an e-mail address (name@example.org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of this form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::HtmlReport</name>
    <message>
        <source>Decision record · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the weighted scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Versus %1, pack %2 version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option has been chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computed verdict differs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision-makers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pros and cons of the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion of the categories that matter sets it apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict holds for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::InquiryEmail</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::InquiryStore</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local database could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Versus (schema %2); this one reads up to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local database could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full (%1); nothing was changed. Free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 is read-only (%2), so the local database cannot be opened or written; make it writable and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local database is read-only (%1); nothing was changed. Make the file and its folder writable and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk cannot be written (%1); nothing was changed. Check that it is not full or read-only and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a Versus database (%2). Move it elsewhere to start with an empty outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::JsonDocument</name>
    <message>
        <source>unexpected character or missing separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid string (bad escape or character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character inside a string (write it as an escape such as \n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid literal (expected true, false or null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <extracomment>The JSON literal, usually kept as it is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::JsonReader</name>
    <message>
        <source>too many problems; stopping after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text is %1 characters long; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text contains the control character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an id of 1 to 64 characters a-z, 0-9 and &quot;-&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an absolute http or https URL, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD or YYYY-MM, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly %1 items, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 to %2 items, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first used at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number from %1 up to (not including) %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least %1 items, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more warning not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more warnings not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot; (is &quot;%2&quot; a misspelling of it?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (ignored); did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::MarkdownReport</name>
    <message>
        <source>%1 matters (importance %2 of 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen option: &quot;%1&quot;, because it leads on the answers below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen option: &quot;%1&quot;, because %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen option: &quot;%1&quot;, because the decision-makers chose it (no reason was recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computed verdict differs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1 when: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of %1 fits this project? The decision weighs %2 criteria by the importance of their categories, which the checklist answers (%3 of %4 questions answered) and any weights set by hand give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option leads by enough: the choice depends on the points below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict holds for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No option leads by enough: %1 are too close to call, and the choice depends on the points below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::NameList</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::Outbox</name>
    <message>
        <source>no valid address to send inquiries to is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not encrypted: inquiries are only sent over https (or http to this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inquiry is not in the outbox any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the server in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with a redirect (HTTP %1%2); an inquiry is never sent on to another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is busy or failed (HTTP %1)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the inquiry (HTTP %1)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection could not be trusted or understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete answer from the server in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer was more than %1 MiB long and was not read (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 is not writable (it may be on a read-only disk), so nothing can be sent or saved; make it writable and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding %1 is full, so nothing can be sent or saved; free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lock file %1 cannot be created, so nothing can be sent; check that the folder is writable and the disk not full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not delivered: the connection was closed before the server answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was not JSON; the address may be wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form service did not take the inquiry (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot has no test submission (every one becomes a contact); the address looks right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::OutboxModel</name>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::Pack</name>
    <message>
        <source>Tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Contenders that share the lead on a row: &quot;Tea, Coffee and Cocoa&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::PackLibrary</name>
    <message>
        <source>cannot make the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists again; the removed pack stays in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put %1 back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::PackLoader</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a pack file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MiB; a pack may be at most %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device, for example); open a pack file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::PackScaffold</name>
    <message>
        <source>give 2 to 4 contenders, separated by commas (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contender name &quot;%1&quot; is longer than 80 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; give the name of a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::PackValidator</name>
    <message>
        <source>&quot;%1&quot; is not a contender of this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing a value for contender &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a language tag such as &quot;en&quot; or &quot;pt-BR&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date YYYY, YYYY-MM or YYYY-MM-DD, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no category has the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;single&quot; or &quot;multi&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no criterion has the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier question has the id &quot;%1&quot; (showIf may only refer to questions before it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no option &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of &quot;text&quot;, &quot;email&quot;, &quot;multiline&quot;, &quot;choice&quot;, &quot;checkbox&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &quot;options&quot; (a choice field needs options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a field of type &quot;choice&quot; has options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link &quot;%1&quot; leads nowhere (use versus:criterion/ID or versus:faq/ID with an existing id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved for the inquiry itself; choose another id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a contender id, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a contender id, a list of contender ids or &quot;tie&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edge names &quot;%1&quot; (rated %2), but %3 is rated higher (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edge names %1, but every contender is rated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edge is a tie, but the ratings put %1 ahead (rated %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edge names %1, but the ratings put %2 in the lead (rated %3)</source>
        <translation></translation>
    </message>
    <message>
        <source>expected at most %1 lists of synonyms, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;auth&quot;: &quot;header&quot; needs &quot;authHeader&quot;, the header&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versus-pack/1 pack read as versus-pack/2: the checklist options&apos; &quot;weights&quot; (points per contender) were dropped and &quot;tieMargin&quot; is the default %1, so answers change no verdict until the pack is upgraded (see &quot;Upgrading from versus-pack/1&quot; in docs/pack-format.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;versus-pack/2&quot;, got %1: this version of Versus reads versus-pack/2 packs (and versus-pack/1, migrated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points per contender are versus-pack/1; a versus-pack/2 option sets &quot;importance&quot;, &quot;mustHave&quot; or &quot;ratings&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a context criterion, whose ratings answers set: a must-have names a rated criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a context criterion: only a criterion with &quot;context&quot;: true takes its ratings from answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a context rating needs a value for every contender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still to be written (the text holds TODO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inquiries are only sent over https (or http to this computer); use https://%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a colour such as &quot;#1f6feb&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logo is not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::PublisherLogo</name>
    <message>
        <source>the SVG has a DTD or entities, which are not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG refers to something outside it (a style); it is not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG refers to something outside it (%1); it is not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG is %1 × %2 pixels; the limit is %3 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logo is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logo is %1 KiB; the limit is %2 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a logo given as data must start data:image/svg+xml;base64, or data:image/png;base64,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logo is larger than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logo&apos;s data is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a logo file must be beside the pack (a path such as &quot;logo.svg&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a logo must be an .svg or .png file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logo %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::PublisherText</name>
    <message>
        <source>Prepared by: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::ScoreboardModel</name>
    <message>
        <source>%1 (leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ruled out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ruled out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::SearchResultsModel</name>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::SummaryModel</name>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::SyntaxHint</name>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strings and keys take double quotes (&quot;), not single quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the array opened at %1 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object opened at %1 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a double quote inside a string must be written \&quot; (or the comma before this is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing comma between two items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;:&apos; after the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trailing comma: remove the comma after the last item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;:&apos; and a value after the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing a value after &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two commas in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma cannot come first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the array opened at %1 is not closed (or a &apos;{&apos; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN and Infinity are not JSON numbers (write a number or null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys take double quotes: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::TableExport</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack %1, version %2, updated %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (0–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailed comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::TableImport</name>
    <message>
        <source>column %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no category is named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer from 0 to 5, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 to 50 source addresses separated by spaces, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an absolute http or https URL, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 columns (the table of this pack, as --export-table writes it), got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 should be the contender &quot;%2&quot;, got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack&apos;s text does not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack&apos;s text is not the pack that was loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 cells; the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no criterion has the id &quot;%1&quot; (leave the cell empty to add a criterion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; has an earlier row already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 (or several of them, separated by commas) or &quot;%2&quot;, got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::TokenStore</name>
    <message>
        <source>The token is kept in the system&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring is available: the token is kept in memory until Versus closes, and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::VerdictText</name>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t know / doesn&apos;t matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either — it depends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” answered “%2” (now: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1, the verdict would be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change of one or two answers would change this verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer favours one option yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear leader — it depends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None meets every must-have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2 — it depends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ruled out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every option fails a must-have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only option that meets every must-have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best scores are equal; the tie margin is %1 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 points ahead of %3, within the tie margin of %4 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads %2 by %3 points, more than the tie margin of %4 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category has any weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ruled out: “%2” — “%3” needs %4 rated at least %5 of 5; %1 is rated %6 (%7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict holds at every importance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict holds from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 it would be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 mattered %2 instead of %3, the verdict would be %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 points toward %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated %1 of 5 by the answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::WorkshopFile</name>
    <message>
        <source>expected an option id, a list of option ids, or null, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a workshop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device, for example); open a workshop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;versus-workshop/2&quot; or &quot;versus-workshop/1&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;proposed&quot;, &quot;accepted&quot;, &quot;rejected&quot;, &quot;deprecated&quot; or &quot;superseded&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Core::WorkshopSession</name>
    <message>
        <source>Untitled workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop was made with the pack &quot;%1&quot;; the open pack is &quot;%2&quot;. Only the answers, weights and notes whose ids this pack knows were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workshop was made with version %1 of the pack; the open version is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has no option &quot;%2&quot; (ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes one answer; the first was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack has no question &quot;%1&quot; (its answer was ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack has no category &quot;%1&quot; (its weight was ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack has no criterion &quot;%1&quot; (its note was ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack has no contender &quot;%1&quot; (the option chosen was ignored).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::ChecklistView</name>
    <message>
        <source>Don&apos;t know / doesn&apos;t matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the verdict now; unanswered questions count as &quot;don&apos;t know&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, and what would change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a short summary of this verdict to my inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Talk to us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack has no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1 when…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main reasons: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the importance changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per category: the importances (0 to 5) for which the verdict holds are filled; the ring is the client&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist verdict for %1: %2 (%3; %4 of %5 questions answered).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::ComparisonReport</name>
    <message>
        <source>Detailed comparison · pack %1, version %2, updated %3 · printed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::ComparisonView</name>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>Copied %n row</numerusform>
            <numerusform>Copied %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a criterion to see its explanation and sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on this criterion, for this client (saved with the workshop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter criteria (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where %1 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export, copy or print the rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table can be exported as .csv or .md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::DecisionForm</name>
    <message>
        <source>Decision taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this option: it goes into the report as &quot;Chosen option: …, because …&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chosen option:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision-&amp;makers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consu&amp;lted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Informed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This differs from the computed verdict: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::FaqView</name>
    <message>
        <source>Filter questions and answers (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected question and its answer as Markdown (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a question to read its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the question and its answer as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::HeadToHeadView</name>
    <message>
        <source>Updated %1 · version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust &amp;weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set how much each category counts, in the Detailed comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 homepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us what you are building…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1 when…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head-to-head</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::InquiryView</name>
    <message>
        <source>Rename draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Versus window is sending the outbox; it will send this inquiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this inquiry from the outbox? It will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the fields marked in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text is still here, but it could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not queued, and your text is still here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. Thank you: we will be in touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1. It is kept in the Outbox, where you can edit and resend it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: it will be sent when a connection is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing an inquiry that was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not queued: the database cannot be written. Your text is still here; Save as File keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts and inquiries cannot be saved: %1. What you type stays in this window only; Save as File keeps it, and &quot;versus --queue-inquiry FILE&quot; queues it once the database can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written, so what you typed is not saved anywhere. Discard it? (Save as File keeps it.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Inquiry as File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Once the database can be written, queue it with: versus --queue-inquiry &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in your outbox. No address is set yet, so it waits there: set one, save it as an email, or copy it as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it will go: nowhere, as nothing can be saved; save it as an email or copy it as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it will go: nowhere yet: it waits in your outbox until an address is set. You can also save it as an email and send it yourself, or copy it as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versus&apos;s inquiry protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a form service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it will go: %1 (%2), over an encrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to a new address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first inquiry to %1. What will be sent is shown under the form, with any secret masked. Send it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Inquiry as Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email messages (*.eml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the decision report could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Open it with your mail client, add the consultancy&apos;s address and send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report goes with the inquiry, and with a saved email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delivery cannot carry files: the report goes only with Save as Email.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::LibraryDialog</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::LibraryView</name>
    <message>
        <source>Your packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): does not open</source>
        <translation>
            <numerusform>%n error: does not open</numerusform>
            <numerusform>%n errors: does not open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;File Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack of your folder is moved aside; a recent one leaves the list. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put packs in %1 to find them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::MainWindow</name>
    <message numerus="yes">
        <source>%1 opened with %n warning(s).</source>
        <translation>
            <numerusform>%1 opened with %n warning.</numerusform>
            <numerusform>%1 opened with %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be opened (%n problem(s)). Showing the built-in pack instead.</source>
        <translation>
            <numerusform>%1 could not be opened (%n problem). Showing the built-in pack instead.</numerusform>
            <numerusform>%1 could not be opened (%n problems). Showing the built-in pack instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be opened (%n problem(s)). The open pack is unchanged.</source>
        <translation>
            <numerusform>%1 could not be opened (%n problem). The open pack is unchanged.</numerusform>
            <numerusform>%1 could not be opened (%n problems). The open pack is unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head-to-head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailed comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versus workshops (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Workshop &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete All My Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Versus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Versus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versus — %1 — %2[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versus — %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the workshop changes that were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop “%1” has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened as a workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened; some of it does not match this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versus workshops (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop could not be saved; your changes are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML, one file (*.html);;Markdown decision record (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts and the outbox cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything could be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts, outbox and log deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in pack is always up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in pack: %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack: %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Versus window is sending the outbox. Inquiries you submit here are saved, and it sends them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content packs (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailed comparison, FAQ: filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailed comparison: copy the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAQ: copy the question and answer as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist: next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist: back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist: finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: choose a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search, presentation mode: go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry: submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pack: %1 (%2)
Version %3, updated %4
%n source(s)</source>
        <translation>
            <numerusform>Pack: %1 (%2)
Version %3, updated %4
%n source</numerusform>
            <numerusform>Pack: %1 (%2)
Version %3, updated %4
%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>This window now sends the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every draft, every inquiry in the outbox (sent or not), the delivery log, the workshop autosaves and the stored access token? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop changes could not be saved aside; save the workshop to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versus %1
Compare two to four technologies with a client, offline.

Licence: GNU GPL version 3 or later.
Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this pack into your library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be added to the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your library: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::Printing</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::ProblemsPanel</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the list of problems to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Editor at %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::PublisherBadge</name>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::Report</name>
    <message>
        <source>%1: a report can be written as .pdf, .html or .md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the report would overwrite the workshop it is made from; give another file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::SafeTextBrowser</name>
    <message>
        <source>[image not shown]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::ScoreCharts</name>
    <message>
        <source>Weighted score by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score by category, chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted total, chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::SearchPopup</name>
    <message numerus="yes">
        <source>%n result(s). ↑↓ to choose, Enter to open, Escape to go back.</source>
        <translation>
            <numerusform>%n result. ↑↓ to choose, Enter to open, Escape to go back.</numerusform>
            <numerusform>%n results. ↑↓ to choose, Enter to open, Escape to go back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search criteria, summary, FAQ and checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search. Enter opens, Escape goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &lt;a href=&quot;#suggestion&quot;&gt;%1&lt;/a&gt;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::SensitivityChart</name>
    <message>
        <source>How the verdict depends on the importance of each category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importance %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Inquiry section once to set a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the pack says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versus&apos;s inquiry protocol (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook: Zapier, Make, n8n, … (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form service: Formspree, Basin, … (web form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot Forms API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested, as Versus sends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat: field → value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: Bearer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic (user:password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the pack&apos;s address. Without any, inquiries wait in the outbox until one is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: it works; an inquiry would count as sent.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not work yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test request to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::StartPage</name>
    <message>
        <source>Open a pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with the &amp;built-in pack (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versus::Gui::WeightsPanel</name>
    <message>
        <source>0 — ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 — minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 — some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 — normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 — high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 — critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much each category counts, from 0 (ignore) to 5 (critical).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the weights set by hand: the answers and the pack set them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>versus: %1: the table can be written as .csv or .md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Versus is sending the outbox; the inquiries stay queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a content pack and report its problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content pack to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the detailed comparison to a .csv or .md file, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything the pack says; print KIND, ID and TITLE per hit, best first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop file (with --report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the workshop&apos;s decision report to a .pdf, .html or .md file, print its Verdict line, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate an inquiry (a JSON object of field id -&gt; value) and queue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to send every queued inquiry once, now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where inquiries are sent (overrides Settings and the pack).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --list-outbox: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the interface (de, en, fr); the system&apos;s by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A content pack to open (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;versus --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at most one pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one command at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report needs --workshop FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workshop needs --report FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file (a folder, a pipe or a device); give a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inquiry is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outcome could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local database was not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inquiries tried whose outcome could not be saved: %1. Make room or make the database writable, then run --send-outbox again (the server recognises a repeat by its idempotency key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address is set, so the inquiries wait in the outbox; set one in Settings or give --endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address is set: give --endpoint, or set one in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer: HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: an inquiry would count as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test request to where inquiries go and show the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 source is older than %2 months on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sources are older than %2 months on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --check-pack: list the sources older than Settings&apos; &quot;Mark sources older than&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stale needs --check-pack FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versus: --contenders takes 2 to 4 names separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1: fill in every TODO, then run versus --check-pack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versus: %1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versus: %1: the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versus: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1: %2 criteria changed, %3 added, %4 new sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning, and --strict fails on warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings, and --strict fails on warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versus: compare two to four technologies with a client, with a verdict you can explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --check-pack: fail on warnings too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new pack to fill in (with --contenders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --new-pack: 2 to 4 names, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --new-pack: the pack&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a criteria table (.csv, as --export-table writes it) to --pack; write --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --import-table: the pack to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--strict needs --check-pack FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--new-pack needs --contenders &quot;A,B&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--contenders and --title need --new-pack FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import-table needs --pack PACK and --out NEWPACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out needs --import-table FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
