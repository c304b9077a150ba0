<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>InquiryView</name>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Les champs marqués d’un * sont obligatoires.</translation>
    </message>
    <message>
        <source>Attach the checklist verdict to this inquiry</source>
        <translation>Joindre le verdict de la liste de contrôle à cette demande</translation>
    </message>
    <message>
        <source>Inquiry status</source>
        <translation>État de la demande</translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation>&amp;Nouveau brouillon</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Edit and resend</source>
        <translation>Mo&amp;difier et renvoyer</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <source>Inquiry form</source>
        <translation>Formulaire de demande</translation>
    </message>
    <message>
        <source>Drafts and outbox</source>
        <translation>Brouillons et boîte d’envoi</translation>
    </message>
    <message>
        <source>Save &amp;as File…</source>
        <translation>Enregistrer &amp;comme fichier…</translation>
    </message>
    <message>
        <source>Set an &amp;Address…</source>
        <translation>Définir une &amp;adresse…</translation>
    </message>
    <message>
        <source>Save as &amp;Email…</source>
        <translation>Enregistrer comme &amp;e-mail…</translation>
    </message>
    <message>
        <source>&amp;Copy as Text</source>
        <translation>&amp;Copier en texte</translation>
    </message>
    <message>
        <source>&amp;Preview Request</source>
        <translation>&amp;Aperçu de la requête</translation>
    </message>
    <message>
        <source>The request that will be sent</source>
        <translation>La requête qui sera envoyée</translation>
    </message>
    <message>
        <source>Attach the decision &amp;report (PDF)</source>
        <translation>Joindre le &amp;rapport de décision (PDF)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Mark sources older than:</source>
        <translation>Signaler les sources de plus de :</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Envoyer à :</translation>
    </message>
    <message>
        <source>Send &amp;automatically when a connection is available</source>
        <translation>Envoyer &amp;automatiquement dès qu’une connexion est disponible</translation>
    </message>
    <message>
        <source>&amp;Keep sent inquiries for:</source>
        <translation>&amp;Conserver les demandes envoyées pendant :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Changes apply at once.</source>
        <translation>Les modifications s’appliquent immédiatement.</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom&#xa0;:</translation>
    </message>
    <message>
        <source>Deli&amp;ver as:</source>
        <translation>En&amp;voyer comme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Corps&#xa0;:</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Au&amp;thentification&#xa0;:</translation>
    </message>
    <message>
        <source>x-make-apikey</source>
        <translation>x-make-apikey</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Nom de l’en-tête</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>S&amp;ecret&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xtra fields:</source>
        <translation>Champs supplé&amp;mentaires&#xa0;:</translation>
    </message>
    <message>
        <source>_subject=New inquiry from Versus</source>
        <translation>_subject=Nouvelle demande via Versus</translation>
    </message>
    <message>
        <source>Send a &amp;Test Request</source>
        <translation>Envoyer une requête de &amp;test</translation>
    </message>
</context>
<context>
    <name>Versus::Core::CriteriaModel</name>
    <message>
        <source>%1 out of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Avantage</translation>
    </message>
    <message>
        <source>%1: rating from 0 to 5</source>
        <translation>%1&#xa0;: note de 0 à 5</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Versus::Core::CriterionHtml</name>
    <message>
        <source>Edge: %1</source>
        <translation>Avantage&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>à jour au %1</translation>
    </message>
    <message>
        <source>may be outdated</source>
        <translation>peut-être obsolète</translation>
    </message>
</context>
<context>
    <name>Versus::Core::DecisionRecord</name>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>dépréciée</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacée</translation>
    </message>
</context>
<context>
    <name>Versus::Core::DeliveryProfile</name>
    <message>
        <source>[Test] A test request from Versus: please ignore it</source>
        <translation>[Test] Une requête de test de Versus&#xa0;: merci de l’ignorer</translation>
    </message>
    <message>
        <source>This is a test request from Versus, to check the address. Please ignore it.</source>
        <translation>Ceci est une requête de test de Versus, pour vérifier l’adresse. Merci de l’ignorer.</translation>
    </message>
    <message>
        <source>a HubSpot address is https://api.hsforms.com/submissions/v3/integration/submit/PORTAL-ID/FORM-GUID</source>
        <translation>une adresse HubSpot est de la forme https://api.hsforms.com/submissions/v3/integration/submit/PORTAL-ID/FORM-GUID</translation>
    </message>
    <message>
        <source>(%1 bytes, base64)</source>
        <translation>(%1&#xa0;octets, base64)</translation>
    </message>
</context>
<context>
    <name>Versus::Core::FaqModel</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
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
        <translation>doit être coché ou décoché</translation>
    </message>
    <message>
        <source>must be ticked to go on</source>
        <translation>doit être coché pour continuer</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>ne fait pas partie des choix proposés</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>compte %1 caractères&#xa0;; %2 au maximum sont autorisés</translation>
    </message>
    <message>
        <source>is not an e-mail address (name@example.org)</source>
        <translation>n’est pas une adresse e-mail (nom@example.org)</translation>
    </message>
    <message>
        <source>is not a field of this form</source>
        <translation>n’est pas un champ de ce formulaire</translation>
    </message>
</context>
<context>
    <name>Versus::Core::HtmlReport</name>
    <message>
        <source>Decision record · %1</source>
        <translation>Compte rendu de décision · %1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <source>What would change it</source>
        <translation>Ce qui pourrait le changer</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions et réponses</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Weighted comparison</source>
        <translation>Comparaison pondérée</translation>
    </message>
    <message>
        <source>Contender</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Score pondéré</translation>
    </message>
    <message>
        <source>Chart of the weighted scores</source>
        <translation>Graphique des scores pondérés</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Aucune remarque.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>à jour au %1</translation>
    </message>
    <message>
        <source>Made with Versus %1, pack %2 version %3.</source>
        <translation>Réalisé avec Versus %1, pack %2 version %3.</translation>
    </message>
    <message>
        <source>Decision taken</source>
        <translation>Décision prise</translation>
    </message>
    <message>
        <source>Chosen option: %1</source>
        <translation>Option retenue&#xa0;: %1</translation>
    </message>
    <message>
        <source>No option has been chosen yet.</source>
        <translation>Aucune option n’a encore été retenue.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Because: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>The computed verdict differs: %1.</source>
        <translation>Le verdict calculé diffère&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Decision-makers</source>
        <translation>Décideurs</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consultés</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informés</translation>
    </message>
    <message>
        <source>Pros and cons of the options</source>
        <translation>Avantages et inconvénients des options</translation>
    </message>
    <message>
        <source>No criterion of the categories that matter sets it apart.</source>
        <translation>Aucun critère des catégories qui comptent ne la distingue.</translation>
    </message>
    <message>
        <source>Good: %1</source>
        <translation>Pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bad: %1</source>
        <translation>Contre&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered.</source>
        <translation>%1 question(s) sur %2 avec réponse.</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Verdict holds for</source>
        <translation>Verdict valable pour</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Réglée</translation>
    </message>
</context>
<context>
    <name>Versus::Core::InquiryEmail</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checklist verdict: %1</source>
        <translation>Verdict de la liste de contrôle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Versus::Core::InquiryStore</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the local database could not be written: %1</source>
        <translation>impossible d’écrire dans la base de données locale&#xa0;: %1</translation>
    </message>
    <message>
        <source>the local database could not be read: %1</source>
        <translation>impossible de lire la base de données locale&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer Versus (schema %2); this one reads up to %3</source>
        <translation>%1 a été écrit par une version plus récente de Versus (schéma %2)&#xa0;; celle-ci lit jusqu’au schéma %3</translation>
    </message>
    <message>
        <source>the draft could not be saved: %1</source>
        <translation>impossible d’enregistrer le brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>the disk is full (%1); nothing was changed. Free some space and try again</source>
        <translation>le disque est plein (%1)&#xa0;; rien n’a été modifié. Libérez de la place et réessayez</translation>
    </message>
    <message>
        <source>the folder %1 is read-only (%2), so the local database cannot be opened or written; make it writable and try again</source>
        <translation>le dossier %1 est en lecture seule (%2)&#xa0;: la base de données locale ne peut être ni ouverte ni écrite&#xa0;; rendez-le accessible en écriture et réessayez</translation>
    </message>
    <message>
        <source>the local database is read-only (%1); nothing was changed. Make the file and its folder writable and try again</source>
        <translation>la base de données locale est en lecture seule (%1)&#xa0;; rien n’a été modifié. Rendez le fichier et son dossier accessibles en écriture et réessayez</translation>
    </message>
    <message>
        <source>the disk cannot be written (%1); nothing was changed. Check that it is not full or read-only and try again</source>
        <translation>impossible d’écrire sur le disque (%1)&#xa0;; rien n’a été modifié. Vérifiez qu’il n’est ni plein ni en lecture seule et réessayez</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Versus database (%2). Move it elsewhere to start with an empty outbox</source>
        <translation>%1 est endommagé ou n’est pas une base de données Versus (%2). Déplacez-le pour repartir d’une boîte d’envoi vide</translation>
    </message>
</context>
<context>
    <name>Versus::Core::JsonDocument</name>
    <message>
        <source>unexpected character or missing separator</source>
        <translation>caractère inattendu ou séparateur manquant</translation>
    </message>
    <message>
        <source>invalid string (bad escape or character)</source>
        <translation>chaîne non valide (séquence d’échappement ou caractère incorrect)</translation>
    </message>
    <message>
        <source>control character inside a string (write it as an escape such as \n)</source>
        <translation>caractère de contrôle dans une chaîne (écrivez-le sous forme d’échappement, comme \n)</translation>
    </message>
    <message>
        <source>string is not closed</source>
        <translation>chaîne non fermée</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>le texte n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>nombre non valide</translation>
    </message>
    <message>
        <source>invalid literal (expected true, false or null)</source>
        <translation>littéral non valide (true, false ou null attendu)</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>le document est vide</translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation>le document comporte trop de niveaux d’imbrication</translation>
    </message>
    <message>
        <source>the document is too large</source>
        <translation>le document est trop volumineux</translation>
    </message>
    <message>
        <source>invalid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <source>the document is nested deeper than %1 levels</source>
        <translation>le document dépasse %1 niveaux d’imbrication</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>texte inattendu après la fin du document</translation>
    </message>
    <message>
        <source>null</source>
        <extracomment>The JSON literal, usually kept as it is.</extracomment>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
</context>
<context>
    <name>Versus::Core::JsonReader</name>
    <message>
        <source>too many problems; stopping after %1</source>
        <translation>trop de problèmes&#xa0;; arrêt après %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>attendu&#xa0;: %1&#xa0;; obtenu&#xa0;: %2</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>clé &quot;%1&quot; en double</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (ignored)</source>
        <translation>clé &quot;%1&quot; inconnue (ignorée)</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>clé obligatoire &quot;%1&quot; manquante</translation>
    </message>
    <message>
        <source>text is %1 characters long; the limit is %2</source>
        <translation>le texte compte %1 caractères&#xa0;; la limite est de %2</translation>
    </message>
    <message>
        <source>text contains the control character U+%1</source>
        <translation>le texte contient le caractère de contrôle U+%1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected an id of 1 to 64 characters a-z, 0-9 and &quot;-&quot;, got %1</source>
        <translation>attendu&#xa0;: un id de 1 à 64 caractères a-z, 0-9 et &quot;-&quot;&#xa0;; obtenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2, got %3</source>
        <translation>attendu&#xa0;: un entier de %1 à %2&#xa0;; obtenu&#xa0;: %3</translation>
    </message>
    <message>
        <source>expected an absolute http or https URL, got %1</source>
        <translation>attendu&#xa0;: une URL http ou https absolue&#xa0;; obtenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD or YYYY-MM, got %1</source>
        <translation>attendu&#xa0;: une date AAAA-MM-JJ ou AAAA-MM&#xa0;; obtenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, got %1</source>
        <translation>attendu&#xa0;: une date AAAA-MM-JJ&#xa0;; obtenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected exactly %1 items, got %2</source>
        <translation>attendu&#xa0;: exactement %1 éléments&#xa0;; obtenu&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected %1 to %2 items, got %3</source>
        <translation>attendu&#xa0;: de %1 à %2 éléments&#xa0;; obtenu&#xa0;: %3</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first used at %2)</source>
        <translation>id &quot;%1&quot; en double (première utilisation&#xa0;: %2)</translation>
    </message>
    <message>
        <source>expected a number from %1 up to (not including) %2, got %3</source>
        <translation>attendu&#xa0;: un nombre de %1 (inclus) à %2 (exclu)&#xa0;; obtenu&#xa0;: %3</translation>
    </message>
    <message>
        <source>expected at least %1 items, got %2</source>
        <translation>attendu&#xa0;: au moins %1 éléments&#xa0;; obtenu&#xa0;: %2</translation>
    </message>
    <message>
        <source>1 more warning not listed</source>
        <translation>1 autre avertissement non listé</translation>
    </message>
    <message>
        <source>%1 more warnings not listed</source>
        <translation>%1 autres avertissements non listés</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot; (is &quot;%2&quot; a misspelling of it?)</source>
        <translation>clé obligatoire « %1 » manquante (« %2 » en est-elle une faute de frappe ?)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (ignored); did you mean &quot;%2&quot;?</source>
        <translation>clé inconnue « %1 » (ignorée) ; vouliez-vous dire « %2 » ?</translation>
    </message>
</context>
<context>
    <name>Versus::Core::MarkdownReport</name>
    <message>
        <source>%1 matters (importance %2 of 5)</source>
        <translation>%1 pèse dans la décision (importance %2 sur 5)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Contender</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Score pondéré</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Aucune remarque.</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>à jour au %1</translation>
    </message>
    <message>
        <source>Chosen option: &quot;%1&quot;, because it leads on the answers below.</source>
        <translation>Option retenue&#xa0;: «&#xa0;%1&#xa0;», car elle est en tête selon les réponses ci-dessous.</translation>
    </message>
    <message>
        <source>Chosen option: &quot;%1&quot;, because %2</source>
        <translation>Option retenue&#xa0;: «&#xa0;%1&#xa0;», car %2</translation>
    </message>
    <message>
        <source>Chosen option: &quot;%1&quot;, because the decision-makers chose it (no reason was recorded).</source>
        <translation>Option retenue&#xa0;: «&#xa0;%1&#xa0;», car les décideurs l’ont choisie (aucun motif n’a été noté).</translation>
    </message>
    <message>
        <source>The computed verdict differs: %1.</source>
        <translation>Le verdict calculé diffère&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Choose %1 when: %2</source>
        <translation>Choisir %1 si&#xa0;: %2</translation>
    </message>
    <message>
        <source>Which of %1 fits this project? The decision weighs %2 criteria by the importance of their categories, which the checklist answers (%3 of %4 questions answered) and any weights set by hand give.</source>
        <translation>Laquelle de %1 convient à ce projet ? La décision pondère %2 critères selon l’importance de leurs catégories, fixée par les réponses à la checklist (%3 question(s) sur %4 avec réponse) et les pondérations réglées à la main.</translation>
    </message>
    <message>
        <source>No option leads by enough: the choice depends on the points below.</source>
        <translation>Aucune option n’est assez en tête : le choix dépend des points ci-dessous.</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Verdict holds for</source>
        <translation>Verdict valable pour</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Réglée</translation>
    </message>
    <message>
        <source>No option leads by enough: %1 are too close to call, and the choice depends on the points below.</source>
        <translation>Aucune option ne mène assez nettement : %1 sont trop proches pour trancher, et le choix dépend des points ci-dessous.</translation>
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
        <translation> ou </translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>Versus::Core::Outbox</name>
    <message>
        <source>no valid address to send inquiries to is set</source>
        <translation>aucune adresse valide n’est définie pour l’envoi des demandes</translation>
    </message>
    <message>
        <source>%1 is not encrypted: inquiries are only sent over https (or http to this computer)</source>
        <translation>%1 n’est pas une adresse chiffrée&#xa0;: les demandes ne sont envoyées qu’en https (ou en http vers cet ordinateur)</translation>
    </message>
    <message>
        <source>%1 is not an https address</source>
        <translation>%1 n’est pas une adresse https</translation>
    </message>
    <message>
        <source>the inquiry is not in the outbox any more</source>
        <translation>la demande n’est plus dans la boîte d’envoi</translation>
    </message>
    <message>
        <source>no answer from the server in time</source>
        <translation>le serveur n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>the server answered with a redirect (HTTP %1%2); an inquiry is never sent on to another address</source>
        <translation>le serveur a répondu par une redirection (HTTP %1%2)&#xa0;; une demande n’est jamais transmise à une autre adresse</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> vers %1</translation>
    </message>
    <message>
        <source>the server is busy or failed (HTTP %1)%2</source>
        <translation>le serveur est occupé ou en échec (HTTP %1)%2</translation>
    </message>
    <message>
        <source>the server refused the inquiry (HTTP %1)%2</source>
        <translation>le serveur a refusé la demande (HTTP %1)%2</translation>
    </message>
    <message>
        <source>the connection could not be trusted or understood: %1</source>
        <translation>la connexion n’est pas fiable ou n’a pas pu être interprétée&#xa0;: %1</translation>
    </message>
    <message>
        <source>not delivered: %1</source>
        <translation>non remise&#xa0;: %1</translation>
    </message>
    <message>
        <source>no complete answer from the server in time</source>
        <translation>le serveur n’a pas donné de réponse complète à temps</translation>
    </message>
    <message>
        <source>the server&apos;s answer was more than %1 MiB long and was not read (HTTP %2)</source>
        <translation>la réponse du serveur dépassait %1 Mio et n’a pas été lue (HTTP %2)</translation>
    </message>
    <message>
        <source>the folder %1 is not writable (it may be on a read-only disk), so nothing can be sent or saved; make it writable and try again</source>
        <translation>le dossier %1 n’est pas accessible en écriture (il est peut-être sur un disque en lecture seule)&#xa0;: rien ne peut être envoyé ni enregistré&#xa0;; rendez-le accessible en écriture et réessayez</translation>
    </message>
    <message>
        <source>the disk holding %1 is full, so nothing can be sent or saved; free some space and try again</source>
        <translation>le disque qui contient %1 est plein&#xa0;: rien ne peut être envoyé ni enregistré&#xa0;; libérez de la place et réessayez</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be created, so nothing can be sent; check that the folder is writable and the disk not full</source>
        <translation>impossible de créer le fichier de verrou %1&#xa0;: rien ne peut être envoyé&#xa0;; vérifiez que le dossier est accessible en écriture et que le disque n’est pas plein</translation>
    </message>
    <message>
        <source>not delivered: the connection was closed before the server answered</source>
        <translation>non remise&#xa0;: la connexion a été fermée avant la réponse du serveur</translation>
    </message>
    <message>
        <source>the answer was not JSON; the address may be wrong</source>
        <translation>la réponse n’était pas du JSON&#xa0;; l’adresse est peut-être erronée</translation>
    </message>
    <message>
        <source>the form service did not take the inquiry (HTTP %1): %2</source>
        <translation>le service de formulaires n’a pas accepté la demande (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>HubSpot has no test submission (every one becomes a contact); the address looks right</source>
        <translation>HubSpot n’a pas d’envoi de test (chaque envoi devient un contact)&#xa0;; l’adresse semble correcte</translation>
    </message>
</context>
<context>
    <name>Versus::Core::OutboxModel</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>Versus::Core::Pack</name>
    <message>
        <source>Tie</source>
        <translation>Égalité</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Contenders that share the lead on a row: &quot;Tea, Coffee and Cocoa&quot;</extracomment>
        <translation>%1 et %2</translation>
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
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>impossible de copier %1 vers %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de retirer %1</translation>
    </message>
    <message>
        <source>%1 exists again; the removed pack stays in %2</source>
        <translation>%1 existe de nouveau ; le pack retiré reste dans %2</translation>
    </message>
    <message>
        <source>cannot put %1 back</source>
        <translation>impossible de remettre %1 en place</translation>
    </message>
</context>
<context>
    <name>Versus::Core::PackLoader</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a folder, not a pack file</source>
        <translation>est un dossier, pas un fichier de pack</translation>
    </message>
    <message>
        <source>the file is %1 MiB; a pack may be at most %2 MiB</source>
        <translation>le fichier fait %1 Mio&#xa0;; un pack ne peut pas dépasser %2 Mio</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the pack is larger than %1 MiB</source>
        <translation>le pack dépasse %1 Mio</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device, for example); open a pack file</source>
        <translation>n’est pas un fichier ordinaire (mais par exemple un tube ou un périphérique)&#xa0;; ouvrez un fichier de pack</translation>
    </message>
</context>
<context>
    <name>Versus::Core::PackScaffold</name>
    <message>
        <source>give 2 to 4 contenders, separated by commas (got %1)</source>
        <translation>indiquez 2 à 4 concurrents, séparés par des virgules (reçu : %1)</translation>
    </message>
    <message>
        <source>the contender name &quot;%1&quot; is longer than 80 characters</source>
        <translation>le nom de concurrent « %1 » dépasse 80 caractères</translation>
    </message>
    <message>
        <source>the title is longer than 200 characters</source>
        <translation>le titre dépasse 200 caractères</translation>
    </message>
    <message>
        <source>%1 exists already; give the name of a new file</source>
        <translation>%1 existe déjà ; indiquez le nom d’un nouveau fichier</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Versus::Core::PackValidator</name>
    <message>
        <source>&quot;%1&quot; is not a contender of this pack</source>
        <translation>&quot;%1&quot; n’est pas un concurrent de ce pack</translation>
    </message>
    <message>
        <source>missing a value for contender &quot;%1&quot;</source>
        <translation>valeur manquante pour le concurrent &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a language tag such as &quot;en&quot; or &quot;pt-BR&quot;, got &quot;%1&quot;</source>
        <translation>attendu&#xa0;: une étiquette de langue comme &quot;en&quot; ou &quot;pt-BR&quot;&#xa0;; obtenu&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a date YYYY, YYYY-MM or YYYY-MM-DD, got %1</source>
        <translation>attendu&#xa0;: une date AAAA, AAAA-MM ou AAAA-MM-JJ&#xa0;; obtenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>no category has the id &quot;%1&quot;</source>
        <translation>aucune catégorie n’a l’id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;single&quot; or &quot;multi&quot;, got %1</source>
        <translation>attendu&#xa0;: &quot;single&quot; ou &quot;multi&quot;&#xa0;; obtenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>no criterion has the id &quot;%1&quot;</source>
        <translation>aucun critère n’a l’id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no earlier question has the id &quot;%1&quot; (showIf may only refer to questions before it)</source>
        <translation>aucune question précédente n’a l’id &quot;%1&quot; (showIf ne peut faire référence qu’aux questions qui précèdent)</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no option &quot;%2&quot;</source>
        <translation>la question &quot;%1&quot; n’a pas d’option &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected one of &quot;text&quot;, &quot;email&quot;, &quot;multiline&quot;, &quot;choice&quot;, &quot;checkbox&quot;, got %1</source>
        <translation>attendu&#xa0;: &quot;text&quot;, &quot;email&quot;, &quot;multiline&quot;, &quot;choice&quot; ou &quot;checkbox&quot;&#xa0;; obtenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>missing required key &quot;options&quot; (a choice field needs options)</source>
        <translation>clé obligatoire &quot;options&quot; manquante (un champ de type &quot;choice&quot; nécessite des options)</translation>
    </message>
    <message>
        <source>only a field of type &quot;choice&quot; has options</source>
        <translation>seul un champ de type &quot;choice&quot; peut avoir des options</translation>
    </message>
    <message>
        <source>the link &quot;%1&quot; leads nowhere (use versus:criterion/ID or versus:faq/ID with an existing id)</source>
        <translation>le lien &quot;%1&quot; ne mène nulle part (utilisez versus:criterion/ID ou versus:faq/ID avec un id existant)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved for the inquiry itself; choose another id</source>
        <translation>&quot;%1&quot; est réservé à la demande elle-même&#xa0;; choisissez un autre id</translation>
    </message>
    <message>
        <source>expected a contender id, got %1</source>
        <translation>identifiant de concurrent attendu, obtenu %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is named twice</source>
        <translation>&quot;%1&quot; est cité deux fois</translation>
    </message>
    <message>
        <source>expected a contender id, a list of contender ids or &quot;tie&quot;, got %1</source>
        <translation>identifiant de concurrent, liste d’identifiants de concurrents ou &quot;tie&quot; attendu, obtenu %1</translation>
    </message>
    <message>
        <source>the edge names &quot;%1&quot; (rated %2), but %3 is rated higher (%4)</source>
        <translation>l’avantage cite &quot;%1&quot; (note %2), mais %3 est mieux noté (%4)</translation>
    </message>
    <message>
        <source>the edge names %1, but every contender is rated %2</source>
        <translation>l’avantage cite %1, mais chaque concurrent a la note %2</translation>
    </message>
    <message>
        <source>the edge is a tie, but the ratings put %1 ahead (rated %2)</source>
        <translation>l’avantage est une égalité, mais les notes placent %1 en tête (note %2)</translation>
    </message>
    <message>
        <source>the edge names %1, but the ratings put %2 in the lead (rated %3)</source>
        <translation>l’avantage cite %1, mais les notes placent %2 en tête (note %3)</translation>
    </message>
    <message>
        <source>expected at most %1 lists of synonyms, got %2</source>
        <translation>au plus %1 listes de synonymes attendues, %2 trouvées</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>attendu&#xa0;: l’une des valeurs %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;auth&quot;: &quot;header&quot; needs &quot;authHeader&quot;, the header&apos;s name</source>
        <translation>&quot;auth&quot;: &quot;header&quot; requiert &quot;authHeader&quot;, le nom de l’en-tête</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of this form</source>
        <translation>&quot;%1&quot; n’est pas un champ de ce formulaire</translation>
    </message>
    <message>
        <source>versus-pack/1 pack read as versus-pack/2: the checklist options&apos; &quot;weights&quot; (points per contender) were dropped and &quot;tieMargin&quot; is the default %1, so answers change no verdict until the pack is upgraded (see &quot;Upgrading from versus-pack/1&quot; in docs/pack-format.md)</source>
        <translation>paquet versus-pack/1 lu comme versus-pack/2 : les &quot;weights&quot; des options de la checklist (points par candidat) ont été abandonnés et &quot;tieMargin&quot; prend la valeur par défaut %1 ; les réponses ne changent donc aucun verdict tant que le paquet n’est pas mis à jour (voir &quot;Upgrading from versus-pack/1&quot; dans docs/pack-format.md)</translation>
    </message>
    <message>
        <source>expected &quot;versus-pack/2&quot;, got %1: this version of Versus reads versus-pack/2 packs (and versus-pack/1, migrated)</source>
        <translation>&quot;versus-pack/2&quot; attendu, reçu %1 : cette version de Versus lit les paquets versus-pack/2 (et versus-pack/1, convertis)</translation>
    </message>
    <message>
        <source>points per contender are versus-pack/1; a versus-pack/2 option sets &quot;importance&quot;, &quot;mustHave&quot; or &quot;ratings&quot;</source>
        <translation>les points par candidat sont du versus-pack/1 ; une option versus-pack/2 fixe &quot;importance&quot;, &quot;mustHave&quot; ou &quot;ratings&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a context criterion, whose ratings answers set: a must-have names a rated criterion</source>
        <translation>&quot;%1&quot; est un critère de contexte, dont les réponses fixent les notes : une exigence doit nommer un critère noté</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a context criterion: only a criterion with &quot;context&quot;: true takes its ratings from answers</source>
        <translation>&quot;%1&quot; n’est pas un critère de contexte : seul un critère avec &quot;context&quot;: true prend ses notes des réponses</translation>
    </message>
    <message>
        <source>a context rating needs a value for every contender</source>
        <translation>une note de contexte demande une valeur pour chaque candidat</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation> ; vouliez-vous dire « %1 » ?</translation>
    </message>
    <message>
        <source>still to be written (the text holds TODO)</source>
        <translation>encore à écrire (le texte contient TODO)</translation>
    </message>
    <message>
        <source>inquiries are only sent over https (or http to this computer); use https://%1</source>
        <translation>les demandes ne sont envoyées qu’en https (ou en http vers cet ordinateur) ; utilisez https://%1</translation>
    </message>
    <message>
        <source>expected a colour such as &quot;#1f6feb&quot;, got &quot;%1&quot;</source>
        <translation>couleur attendue, par exemple « #1f6feb », reçu « %1 »</translation>
    </message>
    <message>
        <source>the logo is not shown: %1</source>
        <translation>le logo n’est pas affiché : %1</translation>
    </message>
</context>
<context>
    <name>Versus::Core::PublisherLogo</name>
    <message>
        <source>the SVG has a DTD or entities, which are not drawn</source>
        <translation>le SVG contient une DTD ou des entités, qui ne sont pas dessinées</translation>
    </message>
    <message>
        <source>the SVG refers to something outside it (a style); it is not drawn</source>
        <translation>le SVG fait référence à quelque chose d’extérieur (un style) ; il n’est pas dessiné</translation>
    </message>
    <message>
        <source>the file is not an SVG image</source>
        <translation>le fichier n’est pas une image SVG</translation>
    </message>
    <message>
        <source>the SVG refers to something outside it (%1); it is not drawn</source>
        <translation>le SVG fait référence à quelque chose d’extérieur (%1) ; il n’est pas dessiné</translation>
    </message>
    <message>
        <source>the SVG cannot be read: %1</source>
        <translation>le SVG ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>the file is not a PNG image</source>
        <translation>le fichier n’est pas une image PNG</translation>
    </message>
    <message>
        <source>the PNG is %1 × %2 pixels; the limit is %3 × %3</source>
        <translation>le PNG fait %1 × %2 pixels ; la limite est %3 × %3</translation>
    </message>
    <message>
        <source>the logo is empty</source>
        <translation>le logo est vide</translation>
    </message>
    <message>
        <source>the logo is %1 KiB; the limit is %2 KiB</source>
        <translation>le logo fait %1 Kio ; la limite est %2 Kio</translation>
    </message>
    <message>
        <source>a logo given as data must start data:image/svg+xml;base64, or data:image/png;base64,</source>
        <translation>un logo donné en données doit commencer par data:image/svg+xml;base64, ou data:image/png;base64,</translation>
    </message>
    <message>
        <source>the logo is larger than %1 KiB</source>
        <translation>le logo dépasse %1 Kio</translation>
    </message>
    <message>
        <source>the logo&apos;s data is not valid base64</source>
        <translation>les données du logo ne sont pas du base64 valide</translation>
    </message>
    <message>
        <source>a logo file must be beside the pack (a path such as &quot;logo.svg&quot;)</source>
        <translation>un fichier de logo doit se trouver à côté du pack (un chemin comme « logo.svg »)</translation>
    </message>
    <message>
        <source>a logo must be an .svg or .png file</source>
        <translation>un logo doit être un fichier .svg ou .png</translation>
    </message>
    <message>
        <source>the logo %1 cannot be read</source>
        <translation>le logo %1 ne peut pas être lu</translation>
    </message>
</context>
<context>
    <name>Versus::Core::PublisherText</name>
    <message>
        <source>Prepared by: %1</source>
        <translation>Préparé par : %1</translation>
    </message>
</context>
<context>
    <name>Versus::Core::ScoreboardModel</name>
    <message>
        <source>%1 (leads)</source>
        <translation>%1 (en tête)</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1&#xa0;: %2%3</translation>
    </message>
    <message>
        <source>, leads</source>
        <translation>, en tête</translation>
    </message>
    <message>
        <source>Contender</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Score pondéré</translation>
    </message>
    <message>
        <source>%1 (ruled out)</source>
        <translation>%1 (exclu)</translation>
    </message>
    <message>
        <source>, ruled out</source>
        <translation>, exclu</translation>
    </message>
</context>
<context>
    <name>Versus::Core::SearchResultsModel</name>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Checklist questions</source>
        <translation>Questions de la liste de contrôle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Versus::Core::SummaryModel</name>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Avantage</translation>
    </message>
</context>
<context>
    <name>Versus::Core::SyntaxHint</name>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation>les commentaires ne sont pas autorisés en JSON</translation>
    </message>
    <message>
        <source>strings and keys take double quotes (&quot;), not single quotes</source>
        <translation>les chaînes et les clés prennent des guillemets doubles (&quot;), pas des apostrophes</translation>
    </message>
    <message>
        <source>the array opened at %1 is not closed</source>
        <translation>le tableau ouvert en %1 n’est pas fermé</translation>
    </message>
    <message>
        <source>the object opened at %1 is not closed</source>
        <translation>l’objet ouvert en %1 n’est pas fermé</translation>
    </message>
    <message>
        <source>a double quote inside a string must be written \&quot; (or the comma before this is missing)</source>
        <translation>un guillemet double dans une chaîne s’écrit \&quot; (ou la virgule qui précède manque)</translation>
    </message>
    <message>
        <source>missing comma between two items</source>
        <translation>virgule manquante entre deux éléments</translation>
    </message>
    <message>
        <source>missing &apos;:&apos; after the key</source>
        <translation>&apos;:&apos; manquant après la clé</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>clé entre guillemets doubles attendue</translation>
    </message>
    <message>
        <source>trailing comma: remove the comma after the last item</source>
        <translation>virgule finale : retirez la virgule après le dernier élément</translation>
    </message>
    <message>
        <source>missing &apos;:&apos; and a value after the key</source>
        <translation>&apos;:&apos; et valeur manquants après la clé</translation>
    </message>
    <message>
        <source>missing a value after &apos;:&apos;</source>
        <translation>valeur manquante après &apos;:&apos;</translation>
    </message>
    <message>
        <source>two commas in a row</source>
        <translation>deux virgules à la suite</translation>
    </message>
    <message>
        <source>a comma cannot come first</source>
        <translation>une virgule ne peut pas venir en premier</translation>
    </message>
    <message>
        <source>the array opened at %1 is not closed (or a &apos;{&apos; is missing)</source>
        <translation>le tableau ouvert en %1 n’est pas fermé (ou un &apos;{&apos; manque)</translation>
    </message>
    <message>
        <source>unexpected &apos;:&apos;</source>
        <translation>&apos;:&apos; inattendu</translation>
    </message>
    <message>
        <source>NaN and Infinity are not JSON numbers (write a number or null)</source>
        <translation>NaN et Infinity ne sont pas des nombres JSON (écrivez un nombre ou null)</translation>
    </message>
    <message>
        <source>keys take double quotes: &quot;%1&quot;</source>
        <translation>les clés prennent des guillemets doubles : &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Versus::Core::TableExport</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>%1 rating</source>
        <translation>Note de %1</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Avantage</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Pack %1, version %2, updated %3.</source>
        <translation>Pack %1, version %2, mis à jour le %3.</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation>Tableau des scores</translation>
    </message>
    <message>
        <source>Contender</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Score pondéré</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pondérations</translation>
    </message>
    <message>
        <source>Weight (0–5)</source>
        <translation>Poids (0–5)</translation>
    </message>
    <message>
        <source>Detailed comparison</source>
        <translation>Comparaison détaillée</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
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
        <translation>colonne %1 (%2) : %3</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>no category is named &quot;%1&quot;</source>
        <translation>aucune catégorie ne s’appelle « %1 »</translation>
    </message>
    <message>
        <source>expected an integer from 0 to 5, got &quot;%1&quot;</source>
        <translation>entier de 0 à 5 attendu, reçu « %1 »</translation>
    </message>
    <message>
        <source>expected %1 to 50 source addresses separated by spaces, got %2</source>
        <translation>%1 à 50 adresses de sources séparées par des espaces attendues, reçu %2</translation>
    </message>
    <message>
        <source>expected an absolute http or https URL, got &quot;%1&quot;</source>
        <translation>URL http ou https absolue attendue, reçu « %1 »</translation>
    </message>
    <message>
        <source>the table is empty</source>
        <translation>le tableau est vide</translation>
    </message>
    <message>
        <source>expected %1 columns (the table of this pack, as --export-table writes it), got %2</source>
        <translation>%1 colonnes attendues (le tableau de ce pack, tel que --export-table l’écrit), reçu %2</translation>
    </message>
    <message>
        <source>column %1 should be the contender &quot;%2&quot;, got &quot;%3&quot;</source>
        <translation>la colonne %1 devrait être le concurrent « %2 », reçu « %3 »</translation>
    </message>
    <message>
        <source>the pack&apos;s text does not parse</source>
        <translation>le texte du pack ne peut pas être lu</translation>
    </message>
    <message>
        <source>the pack&apos;s text is not the pack that was loaded</source>
        <translation>le texte du pack n’est pas le pack chargé</translation>
    </message>
    <message>
        <source>the row has %1 cells; the header has %2</source>
        <translation>la ligne a %1 cellules ; l’en-tête en a %2</translation>
    </message>
    <message>
        <source>no criterion has the id &quot;%1&quot; (leave the cell empty to add a criterion)</source>
        <translation>aucun critère n’a l’id « %1 » (laissez la cellule vide pour ajouter un critère)</translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; has an earlier row already</source>
        <translation>le critère « %1 » a déjà une ligne plus haut</translation>
    </message>
    <message>
        <source>expected %1 (or several of them, separated by commas) or &quot;%2&quot;, got &quot;%3&quot;</source>
        <translation>attendu %1 (ou plusieurs d’entre eux, séparés par des virgules) ou « %2 », obtenu « %3 »</translation>
    </message>
</context>
<context>
    <name>Versus::Core::TokenStore</name>
    <message>
        <source>The token is kept in the system&apos;s keyring.</source>
        <translation>Le jeton est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No keyring is available: the token is kept in memory until Versus closes, and never written to disk.</source>
        <translation>Aucun trousseau disponible : le jeton reste en mémoire jusqu’à la fermeture de Versus et n’est jamais écrit sur le disque.</translation>
    </message>
</context>
<context>
    <name>Versus::Core::VerdictText</name>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>Don&apos;t know / doesn&apos;t matter</source>
        <translation>Je ne sais pas / peu importe</translation>
    </message>
    <message>
        <source>Either — it depends</source>
        <translation>L’un ou l’autre — cela dépend</translation>
    </message>
    <message>
        <source>“%1” answered “%2” (now: %3)</source>
        <translation>«&#xa0;%1&#xa0;» recevait la réponse «&#xa0;%2&#xa0;» (actuellement&#xa0;: %3)</translation>
    </message>
    <message>
        <source>If %1, the verdict would be %2.</source>
        <translation>Si %1, le verdict serait %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>No change of one or two answers would change this verdict.</source>
        <translation>Modifier une ou deux réponses ne changerait pas ce verdict.</translation>
    </message>
    <message>
        <source>No answer favours one option yet.</source>
        <translation>Aucune réponse ne favorise encore l’une des options.</translation>
    </message>
    <message>
        <source>See: %1</source>
        <translation>Voir&#xa0;: %1</translation>
    </message>
    <message>
        <source>No clear leader — it depends</source>
        <translation>Pas de favori net — cela dépend</translation>
    </message>
    <message>
        <source>None meets every must-have</source>
        <translation>Aucune option ne remplit toutes les exigences</translation>
    </message>
    <message>
        <source>%1 or %2 — it depends</source>
        <translation>%1 ou %2 — cela dépend</translation>
    </message>
    <message>
        <source>%1 (ruled out)</source>
        <translation>%1 (exclu)</translation>
    </message>
    <message>
        <source>Every option fails a must-have.</source>
        <translation>Chaque option manque une exigence.</translation>
    </message>
    <message>
        <source>%1 is the only option that meets every must-have.</source>
        <translation>%1 est la seule option qui remplit toutes les exigences.</translation>
    </message>
    <message>
        <source>The best scores are equal; the tie margin is %1 points.</source>
        <translation>Les meilleurs scores sont égaux ; la marge d’égalité est de %1 points.</translation>
    </message>
    <message>
        <source>%1 is %2 points ahead of %3, within the tie margin of %4 points.</source>
        <translation>%1 devance %3 de %2 points, dans la marge d’égalité de %4 points.</translation>
    </message>
    <message>
        <source>%1 leads %2 by %3 points, more than the tie margin of %4 points.</source>
        <translation>%1 devance %2 de %3 points, plus que la marge d’égalité de %4 points.</translation>
    </message>
    <message>
        <source>No category has any weight</source>
        <translation>Aucune catégorie n’a de poids</translation>
    </message>
    <message>
        <source>%1 leads with %2</source>
        <translation>%1 en tête avec %2</translation>
    </message>
    <message>
        <source>%1 is ruled out: “%2” — “%3” needs %4 rated at least %5 of 5; %1 is rated %6 (%7).</source>
        <translation>%1 est exclu : « %2 » — « %3 » exige pour %4 au moins %5 sur 5 ; %1 a %6 (%7).</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>réglée à la main</translation>
    </message>
    <message>
        <source>from the answers</source>
        <translation>d’après les réponses</translation>
    </message>
    <message>
        <source>pack default</source>
        <translation>valeur par défaut du paquet</translation>
    </message>
    <message>
        <source>The verdict holds at every importance.</source>
        <translation>Le verdict tient quelle que soit l’importance.</translation>
    </message>
    <message>
        <source>The verdict holds from %1 to %2.</source>
        <translation>Le verdict tient de %1 à %2.</translation>
    </message>
    <message>
        <source>At %1 it would be %2.</source>
        <translation>À %1, ce serait %2.</translation>
    </message>
    <message>
        <source>If %1 mattered %2 instead of %3, the verdict would be %4.</source>
        <translation>Si %1 avait l’importance %2 au lieu de %3, le verdict serait %4.</translation>
    </message>
    <message>
        <source>+%1 points toward %2</source>
        <translation>+%1 points pour %2</translation>
    </message>
    <message>
        <source>+%1 points</source>
        <translation>+%1 points</translation>
    </message>
    <message>
        <source>rated %1 of 5 by the answers</source>
        <translation>noté %1 sur 5 par les réponses</translation>
    </message>
</context>
<context>
    <name>Versus::Core::WorkshopFile</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a folder, not a workshop file</source>
        <translation>est un dossier, pas un fichier d’atelier</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>le fichier dépasse %1 Mio</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected an option id, a list of option ids, or null, got %1</source>
        <translation>attendu&#xa0;: un id d’option, une liste d’id d’options ou null&#xa0;; obtenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device, for example); open a workshop file</source>
        <translation>n’est pas un fichier ordinaire (mais par exemple un tube ou un périphérique)&#xa0;; ouvrez un fichier d’atelier</translation>
    </message>
    <message>
        <source>expected &quot;versus-workshop/2&quot; or &quot;versus-workshop/1&quot;, got %1</source>
        <translation>&quot;versus-workshop/2&quot; ou &quot;versus-workshop/1&quot; attendu, obtenu %1</translation>
    </message>
    <message>
        <source>expected &quot;proposed&quot;, &quot;accepted&quot;, &quot;rejected&quot;, &quot;deprecated&quot; or &quot;superseded&quot;, got %1</source>
        <translation>&quot;proposed&quot;, &quot;accepted&quot;, &quot;rejected&quot;, &quot;deprecated&quot; ou &quot;superseded&quot; attendu, obtenu %1</translation>
    </message>
</context>
<context>
    <name>Versus::Core::WorkshopSession</name>
    <message>
        <source>Untitled workshop</source>
        <translation>Atelier sans titre</translation>
    </message>
    <message>
        <source>This workshop was made with the pack &quot;%1&quot;; the open pack is &quot;%2&quot;. Only the answers, weights and notes whose ids this pack knows were kept.</source>
        <translation>Cet atelier a été créé avec le pack «&#xa0;%1&#xa0;»&#xa0;; le pack ouvert est «&#xa0;%2&#xa0;». Seules les réponses, pondérations et remarques dont ce pack connaît les id ont été conservées.</translation>
    </message>
    <message>
        <source>This workshop was made with version %1 of the pack; the open version is %2.</source>
        <translation>Cet atelier a été créé avec la version %1 du pack&#xa0;; la version ouverte est la %2.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; has no option &quot;%2&quot; (ignored).</source>
        <translation>La question «&#xa0;%1&#xa0;» n’a pas d’option «&#xa0;%2&#xa0;» (réponse ignorée).</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; takes one answer; the first was kept.</source>
        <translation>La question «&#xa0;%1&#xa0;» n’accepte qu’une réponse&#xa0;; la première a été conservée.</translation>
    </message>
    <message>
        <source>This pack has no question &quot;%1&quot; (its answer was ignored).</source>
        <translation>Ce pack n’a pas de question «&#xa0;%1&#xa0;» (sa réponse a été ignorée).</translation>
    </message>
    <message>
        <source>This pack has no category &quot;%1&quot; (its weight was ignored).</source>
        <translation>Ce pack n’a pas de catégorie «&#xa0;%1&#xa0;» (son poids a été ignoré).</translation>
    </message>
    <message>
        <source>This pack has no criterion &quot;%1&quot; (its note was ignored).</source>
        <translation>Ce pack n’a pas de critère «&#xa0;%1&#xa0;» (sa remarque a été ignorée).</translation>
    </message>
    <message>
        <source>This pack has no contender &quot;%1&quot; (the option chosen was ignored).</source>
        <translation>Ce pack n’a pas de concurrent &quot;%1&quot; (l’option retenue a été ignorée).</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::ChecklistView</name>
    <message>
        <source>Don&apos;t know / doesn&apos;t matter</source>
        <translation>Je ne sais pas / peu importe</translation>
    </message>
    <message>
        <source>Progress through the checklist</source>
        <translation>Progression dans la liste de contrôle</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>See the verdict now; unanswered questions count as &quot;don&apos;t know&quot;</source>
        <translation>Voir le verdict maintenant&#xa0;; les questions sans réponse comptent comme «&#xa0;je ne sais pas&#xa0;»</translation>
    </message>
    <message>
        <source>Why, and what would change it</source>
        <translation>Pourquoi, et ce qui pourrait le changer</translation>
    </message>
    <message>
        <source>Attach a short summary of this verdict to my inquiry</source>
        <translation>Joindre un bref résumé de ce verdict à ma demande</translation>
    </message>
    <message>
        <source>&amp;Review answers</source>
        <translation>&amp;Revoir les réponses</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Re&amp;commencer</translation>
    </message>
    <message>
        <source>&amp;Save workshop</source>
        <translation>&amp;Enregistrer l’atelier</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Talk to us</source>
        <translation>&amp;Nous contacter</translation>
    </message>
    <message>
        <source>This pack has no questions.</source>
        <translation>Ce pack ne contient aucune question.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation>Cochez toutes les réponses qui s’appliquent.</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>What would change it</source>
        <translation>Ce qui pourrait le changer</translation>
    </message>
    <message>
        <source>Choose %1 when…</source>
        <translation>Choisissez %1 si…</translation>
    </message>
    <message>
        <source>Main reasons: %1.</source>
        <translation>Principales raisons&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>If the importance changed</source>
        <translation>Si l’importance changeait</translation>
    </message>
    <message>
        <source>Per category: the importances (0 to 5) for which the verdict holds are filled; the ring is the client&apos;s.</source>
        <translation>Par catégorie : les importances (0 à 5) pour lesquelles le verdict tient sont remplies ; l’anneau est celle du client.</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%1 question(s) sur %2 avec réponse</translation>
    </message>
    <message>
        <source>Ruled out</source>
        <translation>Exclus</translation>
    </message>
    <message>
        <source>Checklist verdict for %1: %2 (%3; %4 of %5 questions answered).</source>
        <translation>Verdict de la checklist pour %1 : %2 (%3 ; %4 question(s) sur %5 avec réponse).</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::ComparisonReport</name>
    <message>
        <source>Detailed comparison · pack %1, version %2, updated %3 · printed %4</source>
        <translation>Comparaison détaillée · pack %1, version %2, mis à jour le %3 · imprimé le %4</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation>Tableau des scores</translation>
    </message>
    <message>
        <source> (leads)</source>
        <translation> (en tête)</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pondérations</translation>
    </message>
    <message>
        <source>Criteria (%1 of %2)</source>
        <translation>Critères (%1 sur %2)</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::ComparisonView</name>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Criterion details</source>
        <translation>Détails du critère</translation>
    </message>
    <message>
        <source>Select a criterion to see its explanation and sources.</source>
        <translation>Sélectionnez un critère pour afficher son explication et ses sources.</translation>
    </message>
    <message>
        <source>Notes on this criterion, for this client (saved with the workshop)</source>
        <translation>Remarques sur ce critère, pour ce client (enregistrées avec l’atelier)</translation>
    </message>
    <message>
        <source>Notes on this criterion</source>
        <translation>Remarques sur ce critère</translation>
    </message>
    <message>
        <source>Filter criteria (Ctrl+F)</source>
        <translation>Filtrer les critères (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter criteria</source>
        <translation>Filtrer les critères</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filtrer par catégorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Filter by edge</source>
        <translation>Filtrer par avantage</translation>
    </message>
    <message>
        <source>Any edge</source>
        <translation>Quel que soit l’avantage</translation>
    </message>
    <message>
        <source>Where %1 leads</source>
        <translation>Où %1 est en tête</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Égalités</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export, copy or print the rows shown</source>
        <translation>Exporter, copier ou imprimer les lignes affichées</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Valeurs séparées par des virgules (*.csv)</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Copy selected rows</source>
        <translation>Copier les lignes sélectionnées</translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n catégorie</numerusform>
            <numerusform>%n catégories</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Affichage&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>%1: the table can be exported as .csv or .md</source>
        <translation>%1&#xa0;: le tableau peut être exporté en .csv ou en .md</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n ligne exportée vers %1</numerusform>
            <numerusform>%n lignes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>%n ligne copiée</numerusform>
            <numerusform>%n lignes copiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Ed&amp;ge:</source>
        <translation>Avan&amp;tage&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::DecisionForm</name>
    <message>
        <source>Decision taken</source>
        <translation>Décision prise</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>Why this option: it goes into the report as &quot;Chosen option: …, because …&quot;</source>
        <translation>Pourquoi cette option&#xa0;: le rapport l’écrit «&#xa0;Option retenue&#xa0;: …, car …&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Chosen option:</source>
        <translation>O&amp;ption retenue&#xa0;:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>Decision-&amp;makers:</source>
        <translation>Décideur&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>Consu&amp;lted:</source>
        <translation>Consu&amp;ltés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Informed:</source>
        <translation>Infor&amp;més&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Because:</source>
        <translation>M&amp;otif&#xa0;:</translation>
    </message>
    <message>
        <source>This differs from the computed verdict: %1.</source>
        <translation>Cela diffère du verdict calculé&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::FaqView</name>
    <message>
        <source>Filter questions and answers (Ctrl+F)</source>
        <translation>Filtrer les questions et réponses (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the FAQ</source>
        <translation>Filtrer la FAQ</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Show every question</source>
        <translation>Afficher toutes les questions</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Tout replier</translation>
    </message>
    <message>
        <source>Show only the tags</source>
        <translation>N’afficher que les étiquettes</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copier en Markdown</translation>
    </message>
    <message>
        <source>Copy the selected question and its answer as Markdown (Ctrl+Shift+C)</source>
        <translation>Copier la question sélectionnée et sa réponse en Markdown (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Étiquette %1</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Select a question to read its answer.</source>
        <translation>Sélectionnez une question pour lire sa réponse.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copied the question and its answer as Markdown</source>
        <translation>Question et réponse copiées en Markdown</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::HeadToHeadView</name>
    <message>
        <source>Updated %1 · version %2</source>
        <translation>Mis à jour le %1 · version %2</translation>
    </message>
    <message>
        <source> · by %1</source>
        <translation> · par %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Summary table</source>
        <translation>Tableau de synthèse</translation>
    </message>
    <message>
        <source>Weighted scores</source>
        <translation>Scores pondérés</translation>
    </message>
    <message>
        <source>Adjust &amp;weights…</source>
        <translation>Ajuster les &amp;pondérations…</translation>
    </message>
    <message>
        <source>Set how much each category counts, in the Detailed comparison</source>
        <translation>Définir le poids de chaque catégorie, dans la Comparaison détaillée</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence&#xa0;: %1</translation>
    </message>
    <message>
        <source>First release: %1</source>
        <translation>Première version&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open %1 in your web browser</source>
        <translation>Ouvrir %1 dans votre navigateur web</translation>
    </message>
    <message>
        <source>%1 homepage</source>
        <translation>Site web de %1</translation>
    </message>
    <message>
        <source>Our verdict</source>
        <translation>Notre verdict</translation>
    </message>
    <message>
        <source>Tell us what you are building…</source>
        <translation>Parlez-nous de votre projet…</translation>
    </message>
    <message>
        <source>Choose %1 when…</source>
        <translation>Choisissez %1 si…</translation>
    </message>
    <message>
        <source>Head-to-head</source>
        <translation>Face-à-face</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::InquiryView</name>
    <message>
        <source>Rename draft</source>
        <translation>Renommer le brouillon</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Another Versus window is sending the outbox; it will send this inquiry.</source>
        <translation>Une autre fenêtre de Versus traite la boîte d’envoi&#xa0;; c’est elle qui enverra cette demande.</translation>
    </message>
    <message>
        <source>Delete inquiry</source>
        <translation>Supprimer la demande</translation>
    </message>
    <message>
        <source>Delete this inquiry from the outbox? It will not be sent.</source>
        <translation>Supprimer cette demande de la boîte d’envoi&#xa0;? Elle ne sera pas envoyée.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Fill in the fields marked in red first.</source>
        <translation>Remplissez d’abord les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Inquiry of %1</source>
        <translation>Demande du %1</translation>
    </message>
    <message>
        <source>Your text is still here, but it could not be saved: %1</source>
        <translation>Votre texte est toujours là, mais il n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Some fields need attention; nothing was sent.</source>
        <translation>Certains champs sont à corriger&#xa0;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Not queued, and your text is still here: %1</source>
        <translation>Demande non mise en file d’attente&#xa0;; votre texte est toujours là&#xa0;: %1</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Sent. Thank you: we will be in touch.</source>
        <translation>Envoyée. Merci, nous vous recontacterons.</translation>
    </message>
    <message>
        <source>Inquiry sent</source>
        <translation>Demande envoyée</translation>
    </message>
    <message>
        <source>Not sent: %1. It is kept in the Outbox, where you can edit and resend it.</source>
        <translation>Non envoyée&#xa0;: %1. Elle est conservée dans la boîte d’envoi, où vous pouvez la modifier et la renvoyer.</translation>
    </message>
    <message>
        <source>Saved: it will be sent when a connection is available.</source>
        <translation>Enregistrée&#xa0;: elle sera envoyée dès qu’une connexion sera disponible.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation>Brouillon supprimé.</translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation>Brouillon restauré.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Res&amp;end</source>
        <translation>Ren&amp;voyer</translation>
    </message>
    <message>
        <source>Editing an inquiry that was not sent: %1</source>
        <translation>Modification d’une demande non envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not queued: the database cannot be written. Your text is still here; Save as File keeps it.</source>
        <translation>Non mis en file d’attente : la base de données ne peut pas être écrite. Votre texte est toujours là ; « Enregistrer comme fichier » le conserve.</translation>
    </message>
    <message>
        <source>Drafts and inquiries cannot be saved: %1. What you type stays in this window only; Save as File keeps it, and &quot;versus --queue-inquiry FILE&quot; queues it once the database can be written.</source>
        <translation>Les brouillons et les demandes ne peuvent pas être enregistrés : %1. Ce que vous saisissez reste uniquement dans cette fenêtre ; « Enregistrer comme fichier » le conserve, et &quot;versus --queue-inquiry FICHIER&quot; le met en file d’attente dès que la base de données peut être écrite.</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Abandonner ce que vous avez saisi ?</translation>
    </message>
    <message>
        <source>The database cannot be written, so what you typed is not saved anywhere. Discard it? (Save as File keeps it.)</source>
        <translation>La base de données ne peut pas être écrite : ce que vous avez saisi n’est enregistré nulle part. L’abandonner ? (« Enregistrer comme fichier » le conserve.)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Save Inquiry as File</source>
        <translation>Enregistrer la demande comme fichier</translation>
    </message>
    <message>
        <source>inquiry</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>Inquiries (*.json);;All files (*)</source>
        <translation>Demandes (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not saved to %1: %2</source>
        <translation>Non enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>Saved to %1. Once the database can be written, queue it with: versus --queue-inquiry &quot;%1&quot;</source>
        <translation>Enregistré dans %1. Dès que la base de données peut être écrite, mettez-la en file d’attente avec : versus --queue-inquiry &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Saved in your outbox. No address is set yet, so it waits there: set one, save it as an email, or copy it as text.</source>
        <translation>Enregistrée dans votre boîte d’envoi. Aucune adresse n’est encore définie, elle y attend donc&#xa0;: définissez-en une, enregistrez-la comme e-mail ou copiez-la en texte.</translation>
    </message>
    <message>
        <source>Where it will go: nowhere, as nothing can be saved; save it as an email or copy it as text.</source>
        <translation>Où elle ira&#xa0;: nulle part, car rien ne peut être enregistré&#xa0;; enregistrez-la comme e-mail ou copiez-la en texte.</translation>
    </message>
    <message>
        <source>Where it will go: nowhere yet: it waits in your outbox until an address is set. You can also save it as an email and send it yourself, or copy it as text.</source>
        <translation>Où elle ira&#xa0;: nulle part pour l’instant&#xa0;: elle attend dans votre boîte d’envoi qu’une adresse soit définie. Vous pouvez aussi l’enregistrer comme e-mail et l’envoyer vous-même, ou la copier en texte.</translation>
    </message>
    <message>
        <source>Versus&apos;s inquiry protocol</source>
        <translation>le protocole de demande de Versus</translation>
    </message>
    <message>
        <source>a webhook</source>
        <translation>un webhook</translation>
    </message>
    <message>
        <source>a form service</source>
        <translation>un service de formulaires</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Where it will go: %1 (%2), over an encrypted connection.</source>
        <translation>Où elle ira&#xa0;: %1 (%2), par une connexion chiffrée.</translation>
    </message>
    <message>
        <source>Send to a new address</source>
        <translation>Envoyer à une nouvelle adresse</translation>
    </message>
    <message>
        <source>This is the first inquiry to %1. What will be sent is shown under the form, with any secret masked. Send it?</source>
        <translation>C’est la première demande vers %1. Ce qui sera envoyé est affiché sous le formulaire, secrets masqués. L’envoyer&#xa0;?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Copied as text.</source>
        <translation>Copiée en texte.</translation>
    </message>
    <message>
        <source>Save Inquiry as Email</source>
        <translation>Enregistrer la demande comme e-mail</translation>
    </message>
    <message>
        <source>Email messages (*.eml);;All files (*)</source>
        <translation>Messages e-mail (*.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not saved: the decision report could not be made.</source>
        <translation>Non enregistrée&#xa0;: le rapport de décision n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>decision-report</source>
        <translation>rapport-de-decision</translation>
    </message>
    <message>
        <source>Saved to %1. Open it with your mail client, add the consultancy&apos;s address and send it.</source>
        <translation>Enregistrée dans %1. Ouvrez-la avec votre messagerie, ajoutez l’adresse du cabinet de conseil et envoyez-la.</translation>
    </message>
    <message>
        <source>The report goes with the inquiry, and with a saved email.</source>
        <translation>Le rapport part avec la demande, et avec un e-mail enregistré.</translation>
    </message>
    <message>
        <source>This delivery cannot carry files: the report goes only with Save as Email.</source>
        <translation>Cet envoi ne peut pas transporter de fichiers&#xa0;: le rapport ne part qu’avec «&#xa0;Enregistrer comme e-mail&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::LibraryDialog</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::LibraryView</name>
    <message>
        <source>Your packs</source>
        <translation>Vos packs</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installés</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): does not open</source>
        <translation>
            <numerusform>%n erreur : ne s’ouvre pas</numerusform>
            <numerusform>%n erreurs : ne s’ouvre pas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Packs</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Contenders</source>
        <translation>Concurrents</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in &amp;File Manager</source>
        <translation>Afficher dans le &amp;gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>A pack of your folder is moved aside; a recent one leaves the list. Undo brings it back.</source>
        <translation>Un pack de votre dossier est mis de côté ; un pack récent quitte la liste. Annuler le ramène.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Put packs in %1 to find them here.</source>
        <translation>Placez des packs dans %1 pour les trouver ici.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>« %1 » retiré.</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::MainWindow</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Head-to-head</source>
        <translation>Face-à-face</translation>
    </message>
    <message>
        <source>Detailed comparison</source>
        <translation>Comparaison détaillée</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Pack…</source>
        <translation>&amp;Ouvrir un pack…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un pack &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Reload Pack</source>
        <translation>Re&amp;charger le pack</translation>
    </message>
    <message>
        <source>&amp;New Workshop</source>
        <translation>&amp;Nouvel atelier</translation>
    </message>
    <message>
        <source>Open &amp;Workshop…</source>
        <translation>Ouvrir un &amp;atelier…</translation>
    </message>
    <message>
        <source>Open Workshop</source>
        <translation>Ouvrir un atelier</translation>
    </message>
    <message>
        <source>Versus workshops (*.json);;All files (*)</source>
        <translation>Ateliers Versus (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Save Workshop</source>
        <translation>&amp;Enregistrer l’atelier</translation>
    </message>
    <message>
        <source>Save Workshop &amp;As…</source>
        <translation>Enregistrer l’atelier &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
    <message>
        <source>&amp;Delete All My Data…</source>
        <translation>Supprimer &amp;toutes mes données…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Rechercher partout…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Versus</source>
        <translation>À &amp;propos de Versus</translation>
    </message>
    <message>
        <source>About Versus</source>
        <translation>À propos de Versus</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
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
        <translation>Les modifications non enregistrées de l’atelier ont été restaurées.</translation>
    </message>
    <message>
        <source>Unsaved workshop</source>
        <translation>Atelier non enregistré</translation>
    </message>
    <message>
        <source>The workshop “%1” has changes that are not saved. Save them?</source>
        <translation>L’atelier «&#xa0;%1&#xa0;» contient des modifications non enregistrées. Voulez-vous les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>%1 could not be opened as a workshop.</source>
        <translation>Impossible d’ouvrir %1 comme atelier.</translation>
    </message>
    <message>
        <source>%1 opened; some of it does not match this pack.</source>
        <translation>%1 ouvert&#xa0;; une partie ne correspond pas à ce pack.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save Workshop</source>
        <translation>Enregistrer l’atelier</translation>
    </message>
    <message>
        <source>Versus workshops (*.json)</source>
        <translation>Ateliers Versus (*.json)</translation>
    </message>
    <message>
        <source>The workshop could not be saved; your changes are still here.</source>
        <translation>Impossible d’enregistrer l’atelier&#xa0;; vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML, one file (*.html);;Markdown decision record (*.md)</source>
        <translation>PDF (*.pdf);;HTML, fichier unique (*.html);;Compte rendu de décision Markdown (*.md)</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Impossible d’écrire le rapport.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1&#xa0;%</translation>
    </message>
    <message>
        <source>Drafts and the outbox cannot be used: %1</source>
        <translation>Les brouillons et la boîte d’envoi sont inutilisables&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Supprimer toutes mes données</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <source>Not everything could be deleted: %1</source>
        <translation>Tout n’a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Drafts, outbox and log deleted.</source>
        <translation>Brouillons, boîte d’envoi et journal supprimés.</translation>
    </message>
    <message>
        <source>The built-in pack is always up to date.</source>
        <translation>Le pack intégré est toujours à jour.</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>Rechargé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 opened with %n warning(s).</source>
        <translation>
            <numerusform>%1 ouvert avec %n avertissement.</numerusform>
            <numerusform>%1 ouvert avec %n avertissements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be opened (%n problem(s)). Showing the built-in pack instead.</source>
        <translation>
            <numerusform>Impossible d’ouvrir %1 (%n problème). Le pack intégré est affiché à la place.</numerusform>
            <numerusform>Impossible d’ouvrir %1 (%n problèmes). Le pack intégré est affiché à la place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be opened (%n problem(s)). The open pack is unchanged.</source>
        <translation>
            <numerusform>Impossible d’ouvrir %1 (%n problème). Le pack ouvert reste inchangé.</numerusform>
            <numerusform>Impossible d’ouvrir %1 (%n problèmes). Le pack ouvert reste inchangé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Built-in pack: %1 (version %2)</source>
        <translation>Pack intégré&#xa0;: %1 (version %2)</translation>
    </message>
    <message>
        <source>Pack: %1 (version %2)</source>
        <translation>Pack&#xa0;: %1 (version %2)</translation>
    </message>
    <message>
        <source>Another Versus window is sending the outbox. Inquiries you submit here are saved, and it sends them.</source>
        <translation>Une autre fenêtre de Versus traite la boîte d’envoi. Les demandes que vous envoyez ici sont enregistrées, et c’est elle qui les envoie.</translation>
    </message>
    <message>
        <source>Open Pack</source>
        <translation>Ouvrir un pack</translation>
    </message>
    <message>
        <source>Content packs (*.json);;All files (*)</source>
        <translation>Packs de contenu (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Detailed comparison, FAQ: filter</source>
        <translation>Comparaison détaillée, FAQ : filtrer</translation>
    </message>
    <message>
        <source>Detailed comparison: copy the selected rows</source>
        <translation>Comparaison détaillée : copier les lignes sélectionnées</translation>
    </message>
    <message>
        <source>FAQ: copy the question and answer as Markdown</source>
        <translation>FAQ : copier la question et la réponse en Markdown</translation>
    </message>
    <message>
        <source>Checklist: next question</source>
        <translation>Questionnaire : question suivante</translation>
    </message>
    <message>
        <source>Checklist: back</source>
        <translation>Questionnaire : retour</translation>
    </message>
    <message>
        <source>Checklist: finish</source>
        <translation>Questionnaire : terminer</translation>
    </message>
    <message>
        <source>Search: choose a result</source>
        <translation>Recherche : choisir un résultat</translation>
    </message>
    <message>
        <source>Search, presentation mode: go back</source>
        <translation>Recherche, mode présentation : revenir</translation>
    </message>
    <message>
        <source>Inquiry: submit</source>
        <translation>Demande : envoyer</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message numerus="yes">
        <source>Pack: %1 (%2)
Version %3, updated %4
%n source(s)</source>
        <translation>
            <numerusform>Pack : %1 (%2)
Version %3, mis à jour le %4
%n source</numerusform>
            <numerusform>Pack : %1 (%2)
Version %3, mis à jour le %4
%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>This window now sends the outbox.</source>
        <translation>Cette fenêtre envoie désormais la boîte d’envoi.</translation>
    </message>
    <message>
        <source>Delete every draft, every inquiry in the outbox (sent or not), the delivery log, the workshop autosaves and the stored access token? This cannot be undone.</source>
        <translation>Supprimer tous les brouillons, toutes les demandes de la boîte d’envoi (envoyées ou non), le journal de remise, les sauvegardes automatiques des ateliers et le jeton d’accès enregistré&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The workshop changes could not be saved aside; save the workshop to keep them.</source>
        <translation>Les modifications de l’atelier n’ont pas pu être mises de côté ; enregistrez l’atelier pour les garder.</translation>
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation>&amp;Bibliothèque…</translation>
    </message>
    <message>
        <source>Versus %1
Compare two to four technologies with a client, offline.

Licence: GNU GPL version 3 or later.
Qt %2.</source>
        <translation>Versus %1
Comparer deux à quatre technologies avec un client, hors ligne.

Licence : GNU GPL version 3 ou ultérieure.
Qt %2.</translation>
    </message>
    <message>
        <source>Add to &amp;Library</source>
        <translation>Ajouter à la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>Copy this pack into your library folder</source>
        <translation>Copier ce pack dans votre dossier de bibliothèque</translation>
    </message>
    <message>
        <source>The pack could not be added to the library.</source>
        <translation>Le pack n’a pas pu être ajouté à la bibliothèque.</translation>
    </message>
    <message>
        <source>Added to your library: %1</source>
        <translation>Ajouté à votre bibliothèque : %1</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::Printing</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::ProblemsPanel</name>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Show &amp;problems</source>
        <translation>Afficher les &amp;problèmes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the list of problems to the clipboard</source>
        <translation>Copier la liste des problèmes dans le presse-papiers</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>List of problems</source>
        <translation>Liste des problèmes</translation>
    </message>
    <message>
        <source>Open in &amp;Editor</source>
        <translation>Ouvrir dans l’é&amp;diteur</translation>
    </message>
    <message>
        <source>Open in &amp;Editor at %1:%2</source>
        <translation>Ouvrir dans l’é&amp;diteur en %1:%2</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::PublisherBadge</name>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::Report</name>
    <message>
        <source>%1: a report can be written as .pdf, .html or .md</source>
        <translation>%1&#xa0;: un rapport peut être enregistré au format .pdf, .html ou .md</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the report would overwrite the workshop it is made from; give another file</source>
        <translation>%1&#xa0;: le rapport écraserait l’atelier dont il est issu&#xa0;; indiquez un autre fichier</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::SafeTextBrowser</name>
    <message>
        <source>[image not shown]</source>
        <translation>[image non affichée]</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Ouvrir cette adresse dans votre navigateur web&#xa0;?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::ScoreCharts</name>
    <message>
        <source>Weighted score by category</source>
        <translation>Score pondéré par catégorie</translation>
    </message>
    <message>
        <source>Weighted score by category, chart</source>
        <translation>Score pondéré par catégorie, graphique</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Total pondéré</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Weighted total, chart</source>
        <translation>Total pondéré, graphique</translation>
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
        <translation>Rechercher dans les critères, la synthèse, la FAQ et la liste de contrôle…</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Type to search. Enter opens, Escape goes back.</source>
        <translation>Saisissez du texte pour rechercher. Entrée ouvre, Échap revient en arrière.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). ↑↓ to choose, Enter to open, Escape to go back.</source>
        <translation>
            <numerusform>%n résultat. ↑↓ pour choisir, Entrée pour ouvrir, Échap pour revenir.</numerusform>
            <numerusform>%n résultats. ↑↓ pour choisir, Entrée pour ouvrir, Échap pour revenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Did you mean &lt;a href=&quot;#suggestion&quot;&gt;%1&lt;/a&gt;?</source>
        <translation>Vouliez-vous dire &lt;a href=&quot;#suggestion&quot;&gt;%1&lt;/a&gt; ?</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::SensitivityChart</name>
    <message>
        <source>How the verdict depends on the importance of each category</source>
        <translation>Comment le verdict dépend de l’importance de chaque catégorie</translation>
    </message>
    <message>
        <source>importance %1.</source>
        <translation>importance %1.</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The pack&apos;s address</source>
        <translation>Adresse indiquée par le pack</translation>
    </message>
    <message>
        <source>Open the Inquiry section once to set a token.</source>
        <translation>Ouvrez une fois la section Demande pour définir un jeton.</translation>
    </message>
    <message>
        <source>As the pack says</source>
        <translation>Comme l’indique le pack</translation>
    </message>
    <message>
        <source>Versus&apos;s inquiry protocol (JSON)</source>
        <translation>Protocole de demande de Versus (JSON)</translation>
    </message>
    <message>
        <source>Webhook: Zapier, Make, n8n, … (JSON)</source>
        <translation>Webhook&#xa0;: Zapier, Make, n8n, … (JSON)</translation>
    </message>
    <message>
        <source>Form service: Formspree, Basin, … (web form)</source>
        <translation>Service de formulaires&#xa0;: Formspree, Basin, … (formulaire web)</translation>
    </message>
    <message>
        <source>HubSpot Forms API</source>
        <translation>API Forms de HubSpot</translation>
    </message>
    <message>
        <source>Nested, as Versus sends it</source>
        <translation>Imbriqué, comme Versus l’envoie</translation>
    </message>
    <message>
        <source>Flat: field → value</source>
        <translation>À plat&#xa0;: champ → valeur</translation>
    </message>
    <message>
        <source>Authorization: Bearer</source>
        <translation>Authorization: Bearer</translation>
    </message>
    <message>
        <source>A header of its own</source>
        <translation>Un en-tête dédié</translation>
    </message>
    <message>
        <source>HTTP Basic (user:password)</source>
        <translation>HTTP Basic (utilisateur:mot de passe)</translation>
    </message>
    <message>
        <source>Leave empty to use the pack&apos;s address. Without any, inquiries wait in the outbox until one is set.</source>
        <translation>Laisser vide pour utiliser l’adresse du pack. Sans adresse, les demandes attendent dans la boîte d’envoi jusqu’à ce qu’une soit définie.</translation>
    </message>
    <message>
        <source>HTTP %1: it works; an inquiry would count as sent.%2</source>
        <translation>HTTP %1&#xa0;: cela fonctionne&#xa0;; une demande serait considérée comme envoyée.%2</translation>
    </message>
    <message>
        <source> The answer: %1</source>
        <translation> La réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>It does not work yet: %1</source>
        <translation>Cela ne fonctionne pas encore&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending a test request to %1…</source>
        <translation>Envoi d’une requête de test à %1…</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::StartPage</name>
    <message>
        <source>Open a pack</source>
        <translation>Ouvrir un pack</translation>
    </message>
    <message>
        <source>Continue with the &amp;built-in pack (%1)</source>
        <translation>Continuer avec le pack &amp;intégré (%1)</translation>
    </message>
</context>
<context>
    <name>Versus::Gui::WeightsPanel</name>
    <message>
        <source>0 — ignore</source>
        <translation>0 — ignorée</translation>
    </message>
    <message>
        <source>1 — minor</source>
        <translation>1 — mineure</translation>
    </message>
    <message>
        <source>2 — some</source>
        <translation>2 — modeste</translation>
    </message>
    <message>
        <source>3 — normal</source>
        <translation>3 — normale</translation>
    </message>
    <message>
        <source>4 — high</source>
        <translation>4 — élevée</translation>
    </message>
    <message>
        <source>5 — critical</source>
        <translation>5 — critique</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation>Tableau des scores</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>How much each category counts, from 0 (ignore) to 5 (critical).</source>
        <translation>Poids de chaque catégorie, de 0 (ignorée) à 5 (critique).</translation>
    </message>
    <message>
        <source>Importance of %1</source>
        <translation>Importance de %1</translation>
    </message>
    <message>
        <source>&amp;Reset weights</source>
        <translation>&amp;Réinitialiser les pondérations</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pondérations</translation>
    </message>
    <message>
        <source> · by hand</source>
        <translation> · à la main</translation>
    </message>
    <message>
        <source>Forget the weights set by hand: the answers and the pack set them again</source>
        <translation>Oublier les pondérations réglées à la main : les réponses et le paquet les fixent à nouveau</translation>
    </message>
    <message>
        <source> · answers</source>
        <translation> · réponses</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>versus: %1: the table can be written as .csv or .md</source>
        <translation>versus: %1: le tableau peut être écrit au format .csv ou .md</translation>
    </message>
    <message>
        <source>another Versus is sending the outbox; the inquiries stay queued</source>
        <translation>une autre instance de Versus traite la boîte d’envoi&#xa0;; les demandes restent en file d’attente</translation>
    </message>
    <message>
        <source>Check a content pack and report its problems.</source>
        <translation>Vérifie un pack de contenu et signale ses problèmes.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The content pack to use.</source>
        <translation>Le pack de contenu à utiliser.</translation>
    </message>
    <message>
        <source>Write the detailed comparison to a .csv or .md file, then exit.</source>
        <translation>Écrit la comparaison détaillée dans un fichier .csv ou .md, puis quitte.</translation>
    </message>
    <message>
        <source>Search everything the pack says; print KIND, ID and TITLE per hit, best first.</source>
        <translation>Recherche dans tout le contenu du pack&#xa0;; affiche TYPE, ID et TITRE pour chaque résultat, du plus pertinent au moins pertinent.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>A workshop file (with --report).</source>
        <translation>Un fichier d’atelier (avec --report).</translation>
    </message>
    <message>
        <source>Write the workshop&apos;s decision report to a .pdf, .html or .md file, print its Verdict line, then exit.</source>
        <translation>Écrit le rapport de décision de l’atelier dans un fichier .pdf, .html ou .md, affiche sa ligne Verdict, puis quitte.</translation>
    </message>
    <message>
        <source>Validate an inquiry (a JSON object of field id -&gt; value) and queue it.</source>
        <translation>Valide une demande (un objet JSON id de champ -&gt; valeur) et la met en file d’attente.</translation>
    </message>
    <message>
        <source>Try to send every queued inquiry once, now.</source>
        <translation>Tente immédiatement d’envoyer une fois chaque demande en file d’attente.</translation>
    </message>
    <message>
        <source>List the outbox.</source>
        <translation>Liste le contenu de la boîte d’envoi.</translation>
    </message>
    <message>
        <source>Where inquiries are sent (overrides Settings and the pack).</source>
        <translation>Adresse d’envoi des demandes (remplace celle des paramètres et du pack).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>With --list-outbox: print JSON.</source>
        <translation>Avec --list-outbox&#xa0;: affiche du JSON.</translation>
    </message>
    <message>
        <source>A content pack to open (JSON).</source>
        <translation>Un pack de contenu à ouvrir (JSON).</translation>
    </message>
    <message>
        <source>Try &apos;versus --help&apos;.
</source>
        <translation>Essayez «&#xa0;versus --help&#xa0;».
</translation>
    </message>
    <message>
        <source>give at most one pack</source>
        <translation>indiquez au plus un pack</translation>
    </message>
    <message>
        <source>give one command at a time</source>
        <translation>indiquez une seule commande à la fois</translation>
    </message>
    <message>
        <source>--report needs --workshop FILE</source>
        <translation>--report nécessite --workshop FICHIER</translation>
    </message>
    <message>
        <source>--workshop needs --report FILE</source>
        <translation>--workshop nécessite --report FICHIER</translation>
    </message>
    <message>
        <source>The language of the interface (de, en, fr); the system&apos;s by default.</source>
        <translation>La langue de l’interface (de, en, fr)&#xa0;; celle du système par défaut.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is not a regular file (a folder, a pipe or a device); give a JSON file</source>
        <translation>n’est pas un fichier ordinaire (mais un dossier, un tube ou un périphérique)&#xa0;; indiquez un fichier JSON</translation>
    </message>
    <message>
        <source>the inquiry is larger than %1 MiB</source>
        <translation>la demande dépasse %1 Mio</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the outcome could not be saved: %1</source>
        <translation>le résultat n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>the local database was not updated</source>
        <translation>la base de données locale n’a pas été mise à jour</translation>
    </message>
    <message>
        <source>inquiries tried whose outcome could not be saved: %1. Make room or make the database writable, then run --send-outbox again (the server recognises a repeat by its idempotency key)</source>
        <translation>demandes tentées dont le résultat n’a pas pu être enregistré&#xa0;: %1. Libérez de la place ou rendez la base de données accessible en écriture, puis relancez --send-outbox (le serveur reconnaît une répétition à sa clé d’idempotence)</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Vouliez-vous dire « %1 » ?</translation>
    </message>
    <message>
        <source>no address is set, so the inquiries wait in the outbox; set one in Settings or give --endpoint</source>
        <translation>aucune adresse n’est définie, les demandes attendent donc dans la boîte d’envoi&#xa0;; définissez-en une dans les réglages ou indiquez --endpoint</translation>
    </message>
    <message>
        <source>no address is set: give --endpoint, or set one in Settings</source>
        <translation>aucune adresse n’est définie&#xa0;: indiquez --endpoint ou définissez-en une dans les réglages</translation>
    </message>
    <message>
        <source>answer: HTTP %1</source>
        <translation>réponse&#xa0;: HTTP %1</translation>
    </message>
    <message>
        <source>ok: an inquiry would count as sent</source>
        <translation>ok&#xa0;: une demande serait considérée comme envoyée</translation>
    </message>
    <message>
        <source>Send a test request to where inquiries go and show the answer.</source>
        <translation>Envoyer une requête de test là où vont les demandes et afficher la réponse.</translation>
    </message>
    <message>
        <source>1 source is older than %2 months on %3</source>
        <translation>1 source a plus de %2 mois au %3</translation>
    </message>
    <message>
        <source>%1 sources are older than %2 months on %3</source>
        <translation>%1 sources ont plus de %2 mois au %3</translation>
    </message>
    <message>
        <source>With --check-pack: list the sources older than Settings&apos; &quot;Mark sources older than&quot;.</source>
        <translation>Avec --check-pack : lister les sources plus anciennes que le réglage « Signaler les sources de plus de ».</translation>
    </message>
    <message>
        <source>--stale needs --check-pack FILE</source>
        <translation>--stale nécessite --check-pack FICHIER</translation>
    </message>
    <message>
        <source>versus: --contenders takes 2 to 4 names separated by commas</source>
        <translation>versus : --contenders prend 2 à 4 noms séparés par des virgules</translation>
    </message>
    <message>
        <source>wrote %1: fill in every TODO, then run versus --check-pack %1</source>
        <translation>%1 écrit : remplissez chaque TODO, puis lancez versus --check-pack %1</translation>
    </message>
    <message>
        <source>versus: %1: cannot be read</source>
        <translation>versus : %1 : ne peut pas être lu</translation>
    </message>
    <message>
        <source>versus: %1: the file is too large</source>
        <translation>versus : %1 : le fichier est trop grand</translation>
    </message>
    <message>
        <source>versus: cannot write %1: %2</source>
        <translation>versus : impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>wrote %1: %2 criteria changed, %3 added, %4 new sources</source>
        <translation>%1 écrit : %2 critères modifiés, %3 ajoutés, %4 nouvelles sources</translation>
    </message>
    <message>
        <source>1 warning, and --strict fails on warnings</source>
        <translation>1 avertissement, et --strict échoue sur les avertissements</translation>
    </message>
    <message>
        <source>%1 warnings, and --strict fails on warnings</source>
        <translation>%1 avertissements, et --strict échoue sur les avertissements</translation>
    </message>
    <message>
        <source>Versus: compare two to four technologies with a client, with a verdict you can explain.</source>
        <translation>Versus : comparer deux à quatre technologies avec un client, avec un verdict que vous pouvez expliquer.</translation>
    </message>
    <message>
        <source>With --check-pack: fail on warnings too.</source>
        <translation>Avec --check-pack : échouer aussi sur les avertissements.</translation>
    </message>
    <message>
        <source>Write a new pack to fill in (with --contenders).</source>
        <translation>Écrire un nouveau pack à remplir (avec --contenders).</translation>
    </message>
    <message>
        <source>With --new-pack: 2 to 4 names, separated by commas.</source>
        <translation>Avec --new-pack : 2 à 4 noms, séparés par des virgules.</translation>
    </message>
    <message>
        <source>names</source>
        <translation>noms</translation>
    </message>
    <message>
        <source>With --new-pack: the pack&apos;s title.</source>
        <translation>Avec --new-pack : le titre du pack.</translation>
    </message>
    <message>
        <source>Apply a criteria table (.csv, as --export-table writes it) to --pack; write --out.</source>
        <translation>Appliquer un tableau de critères (.csv, tel que --export-table l’écrit) à --pack ; écrire --out.</translation>
    </message>
    <message>
        <source>With --import-table: the pack to write.</source>
        <translation>Avec --import-table : le pack à écrire.</translation>
    </message>
    <message>
        <source>--strict needs --check-pack FILE</source>
        <translation>--strict nécessite --check-pack FICHIER</translation>
    </message>
    <message>
        <source>--new-pack needs --contenders &quot;A,B&quot;</source>
        <translation>--new-pack nécessite --contenders &quot;A,B&quot;</translation>
    </message>
    <message>
        <source>--contenders and --title need --new-pack FILE</source>
        <translation>--contenders et --title nécessitent --new-pack FICHIER</translation>
    </message>
    <message>
        <source>--import-table needs --pack PACK and --out NEWPACK</source>
        <translation>--import-table nécessite --pack PACK et --out NOUVEAUPACK</translation>
    </message>
    <message>
        <source>--out needs --import-table FILE</source>
        <translation>--out nécessite --import-table FICHIER</translation>
    </message>
</context>
</TS>
