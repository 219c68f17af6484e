<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Interrupted actions</source>
        <translation>Unterbrochene Aktionen</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Number, operation, outcome, profile…</source>
        <translation>Nummer, Vorgang, Ergebnis, Profil…</translation>
    </message>
    <message>
        <source>Filter activity records</source>
        <translation>Aktivitätseinträge filtern</translation>
    </message>
    <message>
        <source>Filter activity</source>
        <translation>Aktivität filtern</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the activity records</source>
        <translation>Aktivitätseinträge neu laden</translation>
    </message>
    <message>
        <source>Activity records</source>
        <translation>Aktivitätseinträge</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the activity records as CSV</source>
        <translation>Aktivitätseinträge als CSV exportieren</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export the activity records as JSON</source>
        <translation>Aktivitätseinträge als JSON exportieren</translation>
    </message>
</context>
<context>
    <name>CallbackConfigDialog</name>
    <message>
        <source>Callback Signing Secret</source>
        <translation>Signaturgeheimnis für Callbacks</translation>
    </message>
    <message>
        <source>Callback signing secret</source>
        <translation>Signaturgeheimnis für Callbacks</translation>
    </message>
    <message>
        <source>Sinch signs every number event it sends to your callback URLs with this secret (HMAC-SHA1, header X-Sinch-Signature). Callback URLs themselves are set per number.</source>
        <translation>Sinch signiert jedes Nummernereignis, das an Ihre Callback-URLs gesendet wird, mit diesem Geheimnis (HMAC-SHA1, Header X-Sinch-Signature). Die Callback-URLs selbst werden pro Nummer festgelegt.</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>HMAC signing secret</source>
        <translation>HMAC-Signaturgeheimnis</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Generate a new random secret</source>
        <translation>Neues zufälliges Geheimnis erzeugen</translation>
    </message>
    <message>
        <source>Secret problem</source>
        <translation>Problem mit dem Geheimnis</translation>
    </message>
    <message>
        <source>Changing the secret takes effect at once: every receiver that still checks signatures with the old secret will reject events until it is updated.</source>
        <translation>Eine Änderung des Geheimnisses wirkt sofort: Jeder Empfänger, der Signaturen noch mit dem alten Geheimnis prüft, lehnt Ereignisse ab, bis er aktualisiert ist.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop the request in progress</source>
        <translation>Laufende Anfrage abbrechen</translation>
    </message>
    <message>
        <source>About the callback signing secret</source>
        <translation>Über das Signaturgeheimnis für Callbacks</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NumberDesk</source>
        <translation>NumberDesk</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>&amp;Regions offering</source>
        <translation>&amp;Regionen mit</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Show regions that offer mobile numbers</source>
        <translation>Regionen anzeigen, die Mobilnummern anbieten</translation>
    </message>
    <message>
        <source>Show regions with mobile numbers</source>
        <translation>Regionen mit Mobilnummern anzeigen</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Ortsnetz</translation>
    </message>
    <message>
        <source>Show regions that offer local (geographic) numbers</source>
        <translation>Regionen anzeigen, die Ortsnetznummern (geografisch) anbieten</translation>
    </message>
    <message>
        <source>Show regions with local numbers</source>
        <translation>Regionen mit Ortsnetznummern anzeigen</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Gebührenfrei</translation>
    </message>
    <message>
        <source>Show regions that offer toll-free numbers</source>
        <translation>Regionen anzeigen, die gebührenfreie Nummern anbieten</translation>
    </message>
    <message>
        <source>Show regions with toll-free numbers</source>
        <translation>Regionen mit gebührenfreien Nummern anzeigen</translation>
    </message>
    <message>
        <source>Region list</source>
        <translation>Regionsliste</translation>
    </message>
    <message>
        <source>Choose a region to search its available numbers</source>
        <translation>Region wählen, um ihre verfügbaren Nummern zu suchen</translation>
    </message>
    <message>
        <source>Number views</source>
        <translation>Nummernansichten</translation>
    </message>
    <message>
        <source>A&amp;vailable numbers</source>
        <translation>&amp;Verfügbare Nummern</translation>
    </message>
    <message>
        <source>Search the inventory</source>
        <translation>Bestand durchsuchen</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Choose a region on the left</source>
        <translation>Region links auswählen</translation>
    </message>
    <message>
        <source>Region searched</source>
        <translation>Durchsuchte Region</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Number type</source>
        <translation>Nummerntyp</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>&amp;Ziffern:</translation>
    </message>
    <message>
        <source>Where the digits are</source>
        <translation>Position der Ziffern</translation>
    </message>
    <message>
        <source>Digit pattern</source>
        <translation>Ziffernmuster</translation>
    </message>
    <message>
        <source>e.g. 555 or +1206</source>
        <translation>z. B. 555 oder +1206</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Höchstens:</translation>
    </message>
    <message>
        <source>Maximum number of results</source>
        <translation>Höchstzahl der Ergebnisse</translation>
    </message>
    <message>
        <source> numbers</source>
        <translation> Nummern</translation>
    </message>
    <message>
        <source>Must support:</source>
        <translation>Muss unterstützen:</translation>
    </message>
    <message>
        <source>S&amp;MS</source>
        <translation>S&amp;MS</translation>
    </message>
    <message>
        <source>Must support SMS</source>
        <translation>Muss SMS unterstützen</translation>
    </message>
    <message>
        <source>Voi&amp;ce</source>
        <translation>Spra&amp;che</translation>
    </message>
    <message>
        <source>Must support voice</source>
        <translation>Muss Sprache unterstützen</translation>
    </message>
    <message>
        <source>Rent any…</source>
        <translation>Beliebige mieten…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Available numbers</source>
        <translation>Verfügbare Nummern</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>Aktivieren…</translation>
    </message>
    <message>
        <source>Ac&amp;tive numbers</source>
        <translation>Ak&amp;tive Nummern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Nummern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Find Numbers…</source>
        <translation>Nummern &amp;finden…</translation>
    </message>
    <message>
        <source>Go to the search form</source>
        <translation>Zum Suchformular wechseln</translation>
    </message>
    <message>
        <source>Search the available numbers of the chosen region</source>
        <translation>Verfügbare Nummern der gewählten Region suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload regions, search results and active numbers</source>
        <translation>Regionen, Suchergebnisse und aktive Nummern neu laden</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Aktivieren…</translation>
    </message>
    <message>
        <source>Rent the selected available number (asks for confirmation first)</source>
        <translation>Die gewählte verfügbare Nummer mieten (mit vorheriger Bestätigung)</translation>
    </message>
    <message>
        <source>Rent &amp;Any Matching Number…</source>
        <translation>Beliebige passende Nummer &amp;mieten…</translation>
    </message>
    <message>
        <source>Rent any number matching the search (US local numbers only; asks for confirmation first)</source>
        <translation>Eine beliebige zur Suche passende Nummer mieten (nur US-Ortsnetznummern; mit vorheriger Bestätigung)</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Show and edit the selected active number</source>
        <translation>Die gewählte aktive Nummer anzeigen und bearbeiten</translation>
    </message>
    <message>
        <source>R&amp;elease…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Release the selected active numbers (asks for confirmation first)</source>
        <translation>Die gewählten aktiven Nummern freigeben (mit vorheriger Bestätigung)</translation>
    </message>
    <message>
        <source>&amp;Copy Numbers</source>
        <translation>Nummern &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected numbers in E.164 format, one per line</source>
        <translation>Die gewählten Nummern im E.164-Format kopieren, eine pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Callback Configuration…</source>
        <translation>&amp;Callback-Konfiguration…</translation>
    </message>
    <message>
        <source>View or change the secret that signs number events</source>
        <translation>Das Geheimnis anzeigen oder ändern, mit dem Nummernereignisse signiert werden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Manage connection profiles and credentials</source>
        <translation>Verbindungsprofile und Zugangsdaten verwalten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About NumberDesk</source>
        <translation>&amp;Über NumberDesk</translation>
    </message>
    <message>
        <source>Number of regions shown</source>
        <translation>Anzahl angezeigter Regionen</translation>
    </message>
    <message>
        <source>Rent any matching number</source>
        <translation>Beliebige passende Nummer mieten</translation>
    </message>
    <message>
        <source>Lets Sinch choose and rent a number that matches the search; asks for confirmation first</source>
        <translation>Lässt Sinch eine zur Suche passende Nummer auswählen und mieten; fragt vorher nach einer Bestätigung</translation>
    </message>
    <message>
        <source>Search available numbers</source>
        <translation>Verfügbare Nummern suchen</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Rent the selected number</source>
        <translation>Gewählte Nummer mieten</translation>
    </message>
    <message>
        <source>Opens the rent dialog for the selected available number; nothing is billed before you confirm</source>
        <translation>Öffnet den Mietdialog für die gewählte verfügbare Nummer; vor Ihrer Bestätigung wird nichts berechnet</translation>
    </message>
</context>
<context>
    <name>NumberDetailsDialog</name>
    <message>
        <source>Number Details</source>
        <translation>Nummerndetails</translation>
    </message>
    <message>
        <source>Number details</source>
        <translation>Nummerndetails</translation>
    </message>
    <message>
        <source>Number details sections</source>
        <translation>Abschnitte der Nummerndetails</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Rufnummer</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>A name your team recognises</source>
        <translation>Ein Name, den Ihr Team wiedererkennt</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Type and capabilities</source>
        <translation>Typ und Fähigkeiten</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Laufender Preis</translation>
    </message>
    <message>
        <source>Next charge:</source>
        <translation>Nächste Abrechnung:</translation>
    </message>
    <message>
        <source>Next charge date</source>
        <translation>Datum der nächsten Abrechnung</translation>
    </message>
    <message>
        <source>Release:</source>
        <translation>Freigabe:</translation>
    </message>
    <message>
        <source>Release status</source>
        <translation>Freigabestatus</translation>
    </message>
    <message>
        <source>Provisioning:</source>
        <translation>Bereitstellung:</translation>
    </message>
    <message>
        <source>Provisioning state</source>
        <translation>Bereitstellungsstatus</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Reload the number from the server</source>
        <translation>Die Nummer neu vom Server laden</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <source>What saving will do</source>
        <translation>Was beim Speichern geschieht</translation>
    </message>
    <message>
        <source>&amp;Emergency Address</source>
        <translation>&amp;Notrufadresse</translation>
    </message>
    <message>
        <source>Provisioned emergency address</source>
        <translation>Bereitgestellte Notrufadresse</translation>
    </message>
    <message>
        <source>Name &amp;shown to dispatch:</source>
        <translation>Name für die &amp;Leitstelle:</translation>
    </message>
    <message>
        <source>Name shown to emergency dispatch</source>
        <translation>Name, den die Notrufleitstelle sieht</translation>
    </message>
    <message>
        <source>Street n&amp;umber:</source>
        <translation>&amp;Hausnummer:</translation>
    </message>
    <message>
        <source>Street number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <source>Str&amp;eet:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>Street name</source>
        <translation>Straßenname</translation>
    </message>
    <message>
        <source>&amp;Location (optional):</source>
        <translation>&amp;Zusatz (optional):</translation>
    </message>
    <message>
        <source>Location, such as suite or floor</source>
        <translation>Zusatz, etwa Büro oder Etage</translation>
    </message>
    <message>
        <source>Suite, floor, building…</source>
        <translation>Büro, Etage, Gebäude…</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Bundes&amp;staat:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Bundesstaat</translation>
    </message>
    <message>
        <source>Two letters, e.g. WA</source>
        <translation>Zwei Buchstaben, z. B. WA</translation>
    </message>
    <message>
        <source>&amp;ZIP code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>ZIP+&amp;4 (optional):</source>
        <translation>ZIP+&amp;4 (optional):</translation>
    </message>
    <message>
        <source>ZIP plus four</source>
        <translation>ZIP plus vier</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problem mit der Adresse</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Validate the address</source>
        <translation>Adresse prüfen</translation>
    </message>
    <message>
        <source>&amp;Provision…</source>
        <translation>&amp;Bereitstellen…</translation>
    </message>
    <message>
        <source>Provision this emergency address</source>
        <translation>Diese Notrufadresse bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Deprovision…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the emergency address</source>
        <translation>Notrufadresse entfernen</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Reload the emergency address</source>
        <translation>Notrufadresse neu laden</translation>
    </message>
    <message>
        <source>Validation result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>Use &amp;corrected address</source>
        <translation>&amp;Korrigierte Adresse verwenden</translation>
    </message>
    <message>
        <source>Use corrected address</source>
        <translation>Korrigierte Adresse verwenden</translation>
    </message>
    <message>
        <source>Suggested &amp;addresses:</source>
        <translation>&amp;Vorgeschlagene Adressen:</translation>
    </message>
    <message>
        <source>Suggested addresses</source>
        <translation>Vorgeschlagene Adressen</translation>
    </message>
    <message>
        <source>Use &amp;selected address</source>
        <translation>&amp;Ausgewählte Adresse verwenden</translation>
    </message>
    <message>
        <source>Use selected suggested address</source>
        <translation>Ausgewählte vorgeschlagene Adresse verwenden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop the request in progress</source>
        <translation>Laufende Anfrage abbrechen</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message numerus="yes">
        <source>%1 of %n region(s) shown: those offering the checked types</source>
        <translation>
            <numerusform>%1 von %n Region angezeigt: diejenigen, die die ausgewählten Typen anbieten</numerusform>
            <numerusform>%1 von %n Regionen angezeigt: diejenigen, die die ausgewählten Typen anbieten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Details einblenden…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Details ausblenden…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alles speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein, keine</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Voreinstellungen</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release Numbers</source>
        <translation>Nummern freigeben</translation>
    </message>
    <message>
        <source>Release numbers</source>
        <translation>Nummern freigeben</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Was geschehen wird</translation>
    </message>
    <message>
        <source>Numbers to release</source>
        <translation>Freizugebende Nummern</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Charges that stop</source>
        <translation>Entfallende Kosten</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Number of numbers to release, typed to confirm</source>
        <translation>Anzahl der freizugebenden Nummern, zur Bestätigung eingetippt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Release progress</source>
        <translation>Fortschritt der Freigabe</translation>
    </message>
</context>
<context>
    <name>RentDialog</name>
    <message>
        <source>Rent Number</source>
        <translation>Nummer mieten</translation>
    </message>
    <message>
        <source>Rent number</source>
        <translation>Nummer mieten</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Type and capabilities:</source>
        <translation>Typ und Fähigkeiten:</translation>
    </message>
    <message>
        <source>Type and capabilities</source>
        <translation>Typ und Fähigkeiten</translation>
    </message>
    <message>
        <source>Setup fee (once):</source>
        <translation>Einrichtungsgebühr (einmalig):</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>Einrichtungsgebühr</translation>
    </message>
    <message>
        <source>Recurring price:</source>
        <translation>Wiederkehrender Preis:</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Laufender Preis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop the request in progress</source>
        <translation>Laufende Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Gewähltes Profil entfernen</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile talks to the emulator inside NumberDesk. It cannot be edited or removed, and it never costs money.</source>
        <translation>Das eingebaute Sandbox-Profil spricht mit dem Emulator in NumberDesk. Es kann weder bearbeitet noch entfernt werden und kostet nie Geld.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>Pro&amp;jekt-ID:</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>&amp;Key ID:</source>
        <translation>&amp;Schlüssel-ID:</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Key &amp;secret:</source>
        <translation>Schlüssel&amp;geheimnis:</translation>
    </message>
    <message>
        <source>Access key secret</source>
        <translation>Geheimnis des Zugriffsschlüssels</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Show the key secret</source>
        <translation>Schlüsselgeheimnis anzeigen</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>A&amp;uthentifizierung:</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>N&amp;umbers API URL:</source>
        <translation>N&amp;umbers-API-URL:</translation>
    </message>
    <message>
        <source>Numbers API URL</source>
        <translation>Numbers-API-URL</translation>
    </message>
    <message>
        <source>Au&amp;th server URL:</source>
        <translation>URL des Au&amp;th-Servers:</translation>
    </message>
    <message>
        <source>Authentication server URL</source>
        <translation>URL des Authentifizierungsservers</translation>
    </message>
    <message>
        <source>Where the key secret is stored</source>
        <translation>Wo das Schlüsselgeheimnis gespeichert ist</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>About the Sandbox profile</source>
        <translation>Über das Sandbox-Profil</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <source>The language of NumberDesk and numberdesk-cli; applies after a restart</source>
        <translation>Die Sprache von NumberDesk und numberdesk-cli; gilt nach einem Neustart</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Hinweis zur Sprache</translation>
    </message>
    <message>
        <source>Applies after restart</source>
        <translation>Gilt nach Neustart</translation>
    </message>
    <message>
        <source>Parallel s&amp;ync requests:</source>
        <translation>Parallele S&amp;ync-Anfragen:</translation>
    </message>
    <message>
        <source>Requests in flight when syncing</source>
        <translation>Gleichzeitige Anfragen beim Synchronisieren</translation>
    </message>
</context>
<context>
    <name>SmsVoiceConfigWidget</name>
    <message>
        <source>Number configuration</source>
        <translation>Nummernkonfiguration</translation>
    </message>
    <message>
        <source>&amp;SMS: link to a service plan</source>
        <translation>&amp;SMS: mit einem Serviceplan verknüpfen</translation>
    </message>
    <message>
        <source>Link to an SMS service plan</source>
        <translation>Mit einem SMS-Serviceplan verknüpfen</translation>
    </message>
    <message>
        <source>Service &amp;plan ID:</source>
        <translation>Service&amp;plan-ID:</translation>
    </message>
    <message>
        <source>SMS service plan ID</source>
        <translation>SMS-Serviceplan-ID</translation>
    </message>
    <message>
        <source>From the dashboard&apos;s SMS section</source>
        <translation>Aus dem SMS-Bereich des Dashboards</translation>
    </message>
    <message>
        <source>10DLC &amp;campaign ID:</source>
        <translation>10DLC-&amp;Kampagnen-ID:</translation>
    </message>
    <message>
        <source>10DLC campaign ID</source>
        <translation>10DLC-Kampagnen-ID</translation>
    </message>
    <message>
        <source>Optional; US numbers need one for A2P traffic</source>
        <translation>Optional; US-Nummern brauchen eine für A2P-Verkehr</translation>
    </message>
    <message>
        <source>SMS configuration problem</source>
        <translation>Problem mit der SMS-Konfiguration</translation>
    </message>
    <message>
        <source>&amp;Voice: route calls to</source>
        <translation>&amp;Sprache: Anrufe leiten an</translation>
    </message>
    <message>
        <source>Link to voice</source>
        <translation>Mit Sprache verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Voice target type</source>
        <translation>Typ des Sprachziels</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>App-&amp;ID:</translation>
    </message>
    <message>
        <source>Voice target ID</source>
        <translation>ID des Sprachziels</translation>
    </message>
    <message>
        <source>Voice configuration problem</source>
        <translation>Problem mit der Sprachkonfiguration</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>Callback-&amp;URL:</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Optional: https://… receives provisioning events for this number</source>
        <translation>Optional: https://… empfängt die Bereitstellungsereignisse dieser Nummer</translation>
    </message>
    <message>
        <source>Callback URL problem</source>
        <translation>Problem mit der Callback-URL</translation>
    </message>
</context>
<context>
    <name>nd::ActionCall</name>
    <message>
        <source>The API client is no longer available.</source>
        <translation>Der API-Client ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>Nothing was sent: the connection is gone.</source>
        <translation>Es wurde nichts gesendet: Die Verbindung besteht nicht mehr.</translation>
    </message>
    <message>
        <source>Nothing was sent: there is nothing to change.</source>
        <translation>Es wurde nichts gesendet: Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>The activity log cannot be written. Nothing was sent.</source>
        <translation>Das Aktivitätsprotokoll kann nicht geschrieben werden. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Cancelled before the rental was sent: nothing was rented.</source>
        <translation>Vor dem Senden der Miete abgebrochen: Es wurde nichts gemietet.</translation>
    </message>
    <message>
        <source>Nothing was rented: your current numbers could not be listed first (%1). Renting without that list would make a lost answer impossible to check. You can try again.</source>
        <translation>Es wurde nichts gemietet: Ihre aktuellen Nummern ließen sich vorher nicht auflisten (%1). Ohne diese Liste ließe sich eine verlorene Antwort nicht überprüfen. Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Cancelled before the request was sent: nothing was changed.</source>
        <translation>Vor dem Senden der Anfrage abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Rented %1.</source>
        <translation>%1 gemietet.</translation>
    </message>
    <message>
        <source>%1 was already being released (until %2): nothing changed.</source>
        <translation>%1 wurde bereits freigegeben (bis %2): Es hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Released %1: it stays yours until %2, then it goes back to the inventory.</source>
        <translation>%1 freigegeben: Die Nummer gehört Ihnen bis %2 und geht dann zurück in den Bestand.</translation>
    </message>
    <message>
        <source>Released %1.</source>
        <translation>%1 freigegeben.</translation>
    </message>
    <message>
        <source>Emergency address of %1 provisioned.</source>
        <translation>Notrufadresse von %1 bereitgestellt.</translation>
    </message>
    <message>
        <source>Emergency address of %1 removed.</source>
        <translation>Notrufadresse von %1 entfernt.</translation>
    </message>
    <message>
        <source>Callback HMAC secret updated.</source>
        <translation>Callback-HMAC-Geheimnis aktualisiert.</translation>
    </message>
    <message>
        <source>Updated %1. Configuration changes take effect once provisioning completes.</source>
        <translation>%1 geändert. Konfigurationsänderungen wirken, sobald die Bereitstellung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>%1 (The answer was unclear (%2); reading the number back showed the change.)</source>
        <translation>%1 (Die Antwort war unklar (%2); erneutes Lesen der Nummer hat die Änderung gezeigt.)</translation>
    </message>
    <message numerus="yes">
        <source>Not done: the server refused %n request(s) because of its rate limit (HTTP 429). Nothing was changed; you can try again later.</source>
        <translation>
            <numerusform>Nicht ausgeführt: Der Server hat %n Anfrage wegen seiner Ratenbegrenzung abgelehnt (HTTP 429). Es wurde nichts geändert; Sie können es später erneut versuchen.</numerusform>
            <numerusform>Nicht ausgeführt: Der Server hat %n Anfragen wegen seiner Ratenbegrenzung abgelehnt (HTTP 429). Es wurde nichts geändert; Sie können es später erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer one of your active numbers (released or removed by someone else): there is nothing to release.</source>
        <translation>%1 gehört nicht mehr zu Ihren aktiven Nummern (von jemand anderem freigegeben oder entfernt): Es gibt nichts freizugeben.</translation>
    </message>
    <message>
        <source>%1 has no emergency address: there was nothing to remove.</source>
        <translation>%1 hat keine Notrufadresse: Es gab nichts zu entfernen.</translation>
    </message>
    <message>
        <source>Not done: %1 Nothing was changed.</source>
        <translation>Nicht ausgeführt: %1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Not done: %1 %2</source>
        <translation>Nicht ausgeführt: %1 %2</translation>
    </message>
    <message>
        <source>Step %1 of %2 (%3) was saved, the rest was not (%4). Saving again sends only what is missing.</source>
        <translation>Schritt %1 von %2 (%3) wurde gespeichert, der Rest nicht (%4). Erneutes Speichern sendet nur, was fehlt.</translation>
    </message>
    <message>
        <source>the earlier outcome was unknown</source>
        <translation>das frühere Ergebnis war unbekannt</translation>
    </message>
    <message>
        <source>it was cancelled after the request was sent</source>
        <translation>sie wurde nach dem Senden der Anfrage abgebrochen</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the connection was closed before the answer arrived</source>
        <translation>die Verbindung wurde geschlossen, bevor die Antwort kam</translation>
    </message>
    <message>
        <source>the server answered with an error (HTTP %1)</source>
        <translation>der Server antwortete mit einem Fehler (HTTP %1)</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and checking the number failed too (%2). Check the Active numbers list for %3 before trying again.</source>
        <translation>Ergebnis unbekannt: %1, und auch die Prüfung der Nummer ist fehlgeschlagen (%2). Suchen Sie %3 in der Liste der aktiven Nummern, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 is already one of your active numbers, but not because of this request: the rent was refused as &quot;not available&quot; because someone else (another user or program of this project) rented it first. Nothing was charged for this request. Do not rent it again.</source>
        <translation>%1 gehört bereits zu Ihren aktiven Nummern, aber nicht durch diese Anfrage: Die Miete wurde als „nicht verfügbar“ abgelehnt, weil jemand anderes (ein anderer Benutzer oder ein anderes Programm dieses Projekts) sie zuerst gemietet hat. Für diese Anfrage wurde nichts berechnet. Mieten Sie sie nicht erneut.</translation>
    </message>
    <message>
        <source>Rented %1: %2, but the number is now one of your active numbers. Do not rent it again.</source>
        <translation>%1 gemietet: %2, aber die Nummer ist jetzt eine Ihrer aktiven Nummern. Mieten Sie sie nicht erneut.</translation>
    </message>
    <message>
        <source>%1 was NOT rented: %2</source>
        <translation>%1 wurde NICHT gemietet: %2</translation>
    </message>
    <message>
        <source>%1 was NOT rented: it is no longer available (someone else may have taken it).</source>
        <translation>%1 wurde NICHT gemietet: Die Nummer ist nicht mehr verfügbar (vielleicht hat jemand anderes sie genommen).</translation>
    </message>
    <message>
        <source>%1 was NOT rented: %2, and the number is still available, so the rental did not take effect. You can try again.</source>
        <translation>%1 wurde NICHT gemietet: %2, und die Nummer ist noch verfügbar, die Miete ist also nicht wirksam geworden. Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 was NOT rented: it is not one of your numbers and is no longer available (someone else took it).</source>
        <translation>%1 wurde NICHT gemietet: Die Nummer gehört nicht zu Ihren Nummern und ist nicht mehr verfügbar (jemand anderes hat sie genommen).</translation>
    </message>
    <message>
        <source>The outcome of a rent-any cannot be checked again later: look for a %1 number you did not expect in the Active numbers list.</source>
        <translation>Das Ergebnis einer beliebigen Miete lässt sich später nicht erneut prüfen: Suchen Sie in der Liste der aktiven Nummern nach einer unerwarteten %1-Nummer.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and listing your numbers to check failed too (%2). Check the Active numbers list (%3) for a number you did not expect before trying again.</source>
        <translation>Ergebnis unbekannt: %1, und auch das Auflisten Ihrer Nummern zur Prüfung ist fehlgeschlagen (%2). Suchen Sie in der Liste der aktiven Nummern (%3) nach einer unerwarteten Nummer, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Nothing was rented: %1, and no new %2 number appeared in your active numbers. You can try again.</source>
        <translation>Es wurde nichts gemietet: %1, und unter Ihren aktiven Nummern ist keine neue %2-Nummer aufgetaucht. Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>Rented %1: %2, but this new number appeared in your active numbers. Do not rent again.</source>
        <translation>%1 gemietet: %2, aber diese neue Nummer ist unter Ihren aktiven Nummern aufgetaucht. Mieten Sie nicht erneut.</translation>
    </message>
    <message numerus="yes">
        <source>WARNING: %n new numbers appeared in your active numbers (%1): more than one number may have been rented (a double rental), or someone else rented at the same time. Review them and release the ones you do not want.</source>
        <translation>
            <numerusform>WARNUNG: %n neue Nummer ist unter Ihren aktiven Nummern aufgetaucht (%1): Möglicherweise wurde mehr als eine Nummer gemietet (Doppelmiete), oder jemand anderes hat gleichzeitig gemietet. Prüfen Sie sie und geben Sie die nicht gewünschten frei.</numerusform>
            <numerusform>WARNUNG: %n neue Nummern sind unter Ihren aktiven Nummern aufgetaucht (%1): Möglicherweise wurde mehr als eine Nummer gemietet (Doppelmiete), oder jemand anderes hat gleichzeitig gemietet. Prüfen Sie sie und geben Sie die nicht gewünschten frei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Released %1: %2, but the number now has an expiry date (%3): the release was registered. Do not release it again.</source>
        <translation>%1 freigegeben: %2, aber die Nummer hat jetzt ein Ablaufdatum (%3): Die Freigabe wurde registriert. Geben Sie sie nicht erneut frei.</translation>
    </message>
    <message>
        <source>%1 was NOT released: %2, and the number is still active with no expiry date. You can try again.</source>
        <translation>%1 wurde NICHT freigegeben: %2, und die Nummer ist weiterhin aktiv, ohne Ablaufdatum. Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 is no longer one of your active numbers: it is already gone.</source>
        <translation>%1 gehört nicht mehr zu Ihren aktiven Nummern: Die Nummer ist bereits weg.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and checking the number failed too (%2). Check whether %3 shows an expiry date before trying again.</source>
        <translation>Ergebnis unbekannt: %1, und auch die Prüfung der Nummer ist fehlgeschlagen (%2). Prüfen Sie, ob %3 ein Ablaufdatum hat, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 was NOT updated: it is no longer one of your active numbers.</source>
        <translation>%1 wurde NICHT geändert: Die Nummer gehört nicht mehr zu Ihren aktiven Nummern.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and reading the number back failed too (%2). Check the settings of %3 before trying again.</source>
        <translation>Ergebnis unbekannt: %1, und auch das erneute Lesen der Nummer ist fehlgeschlagen (%2). Prüfen Sie die Einstellungen von %3, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 was NOT updated: %2, and the number does not show the requested %3. You can try again.</source>
        <translation>%1 wurde NICHT geändert: %2, und die Nummer zeigt die gewünschte %3 nicht. Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 shows only part of the update: save again to send what is missing.</source>
        <translation>%1 zeigt nur einen Teil der Änderung: Speichern Sie erneut, um das Fehlende zu senden.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and reading the callback configuration back failed too (%2). Check it with &apos;callbacks get&apos; before trying again.</source>
        <translation>Ergebnis unbekannt: %1, und auch das erneute Lesen der Callback-Konfiguration ist fehlgeschlagen (%2). Prüfen Sie sie mit „callbacks get“, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Callback HMAC secret updated: %1, but the project now has the new secret.</source>
        <translation>Callback-HMAC-Geheimnis aktualisiert: %1, aber das Projekt hat jetzt das neue Geheimnis.</translation>
    </message>
    <message>
        <source>The callback HMAC secret was NOT changed: %1, and the project still has a different secret. You can try again.</source>
        <translation>Das Callback-HMAC-Geheimnis wurde NICHT geändert: %1, und das Projekt hat weiterhin ein anderes Geheimnis. Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and reading the emergency address back failed too (%2). Check the emergency address of %3 before trying again.</source>
        <translation>Ergebnis unbekannt: %1, und auch das erneute Lesen der Notrufadresse ist fehlgeschlagen (%2). Prüfen Sie die Notrufadresse von %3, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The emergency address of %1 was NOT changed: %2, and %1 is not one of your active numbers.</source>
        <translation>Die Notrufadresse von %1 wurde NICHT geändert: %2, und %1 gehört nicht zu Ihren aktiven Nummern.</translation>
    </message>
    <message>
        <source>Emergency address of %1 provisioned: %2, but the number now has the requested address.</source>
        <translation>Notrufadresse von %1 bereitgestellt: %2, aber die Nummer hat jetzt die gewünschte Adresse.</translation>
    </message>
    <message>
        <source>The emergency address of %1 was NOT changed: %2, and the number does not have the requested address. You can try again.</source>
        <translation>Die Notrufadresse von %1 wurde NICHT geändert: %2, und die Nummer hat nicht die gewünschte Adresse. Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>Emergency address of %1 removed: %2, but the number now has no emergency address.</source>
        <translation>Notrufadresse von %1 entfernt: %2, aber die Nummer hat jetzt keine Notrufadresse mehr.</translation>
    </message>
    <message>
        <source>The emergency address of %1 was NOT removed: %2, and the number still has one. You can try again.</source>
        <translation>Die Notrufadresse von %1 wurde NICHT entfernt: %2, und die Nummer hat weiterhin eine. Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>The program stopped waiting for the answer: check the number before trying again.</source>
        <translation>Das Programm hat aufgehört, auf die Antwort zu warten: Prüfen Sie die Nummer, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>nd::ActionKinds</name>
    <message>
        <source>Rent</source>
        <translation>Mieten</translation>
    </message>
    <message>
        <source>Rent any</source>
        <translation>Beliebige mieten</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Provision emergency address</source>
        <translation>Notrufadresse bereitstellen</translation>
    </message>
    <message>
        <source>Deprovision emergency address</source>
        <translation>Notrufadresse entfernen</translation>
    </message>
    <message>
        <source>Change callback secret</source>
        <translation>Callback-Geheimnis ändern</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Done by someone else</source>
        <translation>Von jemand anderem erledigt</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
</context>
<context>
    <name>nd::ActiveNumberModel</name>
    <message>
        <source>Releasing on %1</source>
        <translation>Freigabe am %1</translation>
    </message>
    <message>
        <source>The release is registered: the number stays yours until %1, then returns to the inventory.</source>
        <translation>Die Freigabe ist registriert: Die Nummer gehört Ihnen bis %1 und geht dann in den Bestand zurück.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Laufender Preis</translation>
    </message>
    <message>
        <source>Next charge</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
</context>
<context>
    <name>nd::ActiveNumberWalker</name>
    <message>
        <source>The API client is no longer available.</source>
        <translation>Der API-Client ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>The server returned the same page token twice; stopped listing.</source>
        <translation>Der Server hat dasselbe Seitentoken zweimal geliefert; die Auflistung wurde beendet.</translation>
    </message>
</context>
<context>
    <name>nd::ActivePanel</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Starting with</source>
        <translation>Beginnt mit</translation>
    </message>
    <message>
        <source>Containing</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>Ending with</source>
        <translation>Endet mit</translation>
    </message>
    <message>
        <source>digits, e.g. 555</source>
        <translation>Ziffern, z. B. 555</translation>
    </message>
    <message>
        <source>part of the display name</source>
        <translation>Teil des Anzeigenamens</translation>
    </message>
    <message>
        <source>Being released</source>
        <translation>Wird freigegeben</translation>
    </message>
    <message>
        <source>Not being released</source>
        <translation>Wird nicht freigegeben</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Show the numbers that match these filters</source>
        <translation>Die Nummern anzeigen, die diesen Filtern entsprechen</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Ca&amp;pability:</source>
        <translation>&amp;Fähigkeit:</translation>
    </message>
    <message>
        <source>Releasin&amp;g:</source>
        <translation>Fre&amp;igabe:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;ummer:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Find a name or a number</source>
        <translation>Einen Namen oder eine Nummer suchen</translation>
    </message>
    <message>
        <source>Find in the active numbers</source>
        <translation>In den aktiven Nummern suchen</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>What the last sync added, removed and changed, field by field</source>
        <translation>Was die letzte Synchronisierung hinzugefügt, entfernt und geändert hat, Feld für Feld</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Alle anzeigen</translation>
    </message>
    <message>
        <source>Active numbers</source>
        <translation>Aktive Nummern</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Show details of the selected number</source>
        <translation>Details der gewählten Nummer anzeigen</translation>
    </message>
    <message>
        <source>R&amp;elease…</source>
        <translation>Fr&amp;eigeben…</translation>
    </message>
    <message>
        <source>Release the selected numbers</source>
        <translation>Gewählte Nummern freigeben</translation>
    </message>
    <message>
        <source>Inventory sync</source>
        <translation>Bestandssynchronisierung</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 numbers…</source>
        <translation>Synchronisierung: %1 von %2 Nummern…</translation>
    </message>
    <message>
        <source>Syncing the inventory…</source>
        <translation>Der Bestand wird synchronisiert…</translation>
    </message>
    <message>
        <source>Offline; no inventory synced yet</source>
        <translation>Offline; noch kein Bestand synchronisiert</translation>
    </message>
    <message>
        <source>Inventory not synced yet</source>
        <translation>Bestand noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Offline, as of %1</source>
        <translation>Offline, Stand %1</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Gerade synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Vor %n Min. synchronisiert</numerusform>
            <numerusform>Vor %n Min. synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>Inventory mirror: %1</source>
        <translation>Lokale Kopie des Bestands: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The digit pattern may contain only digits, optionally after a leading +.</source>
        <translation>Das Ziffernmuster darf nur Ziffern enthalten, optional nach einem führenden +.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n number(s): %1</source>
        <translation>
            <numerusform>%n Nummer wird angezeigt: %1</numerusform>
            <numerusform>%n Nummern werden angezeigt: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) not understood</source>
        <translation>
            <numerusform>%n Preis nicht verstanden</numerusform>
            <numerusform>%n Preise nicht verstanden</numerusform>
        </translation>
    </message>
    <message>
        <source>no recurring charge</source>
        <translation>keine laufende Gebühr</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n Nummer</numerusform>
            <numerusform>%n Nummern</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 von %2 passen</translation>
    </message>
    <message>
        <source>Active numbers: reading the mirror… %1</source>
        <translation>Aktive Nummern: Die lokale Kopie wird gelesen… %1</translation>
    </message>
    <message numerus="yes">
        <source>Active numbers: %n</source>
        <translation>
            <numerusform>Aktive Nummern: %n</numerusform>
            <numerusform>Aktive Nummern: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown: %n number(s), %1</source>
        <translation>
            <numerusform>Angezeigt: %n Nummer, %1</numerusform>
            <numerusform>Angezeigt: %n Nummern, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n number(s), %1</source>
        <translation>
            <numerusform>Gewählt: %n Nummer, %1</numerusform>
            <numerusform>Gewählt: %n Nummern, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the inventory from the server…</source>
        <translation>Der Bestand wird vom Server gelesen…</translation>
    </message>
    <message>
        <source>No active numbers yet: the inventory has not been synced, or the project rents none.</source>
        <translation>Noch keine aktiven Nummern: Der Bestand wurde noch nicht synchronisiert, oder das Projekt mietet keine.</translation>
    </message>
    <message>
        <source>“%1” in names and numbers</source>
        <translation>„%1“ in Namen und Nummern</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>numbers with %1</source>
        <translation>Nummern mit %1</translation>
    </message>
    <message>
        <source>names with “%1”</source>
        <translation>Namen mit „%1“</translation>
    </message>
    <message>
        <source>being released</source>
        <translation>werden freigegeben</translation>
    </message>
    <message>
        <source>not being released</source>
        <translation>werden nicht freigegeben</translation>
    </message>
    <message numerus="yes">
        <source>No active number matches: %1 (among %n number(s) in the inventory). Clear the find field, choose “All” in the filters or press “Show all” to see more.</source>
        <translation>
            <numerusform>Keine aktive Nummer passt: %1 (unter %n Nummer im Bestand). Leeren Sie das Suchfeld, wählen Sie „Alle“ in den Filtern oder klicken Sie auf „Alle anzeigen“, um mehr zu sehen.</numerusform>
            <numerusform>Keine aktive Nummer passt: %1 (unter %n Nummern im Bestand). Leeren Sie das Suchfeld, wählen Sie „Alle“ in den Filtern oder klicken Sie auf „Alle anzeigen“, um mehr zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV, as numberdesk-cli writes it (*.csv)</source>
        <translation>CSV, wie numberdesk-cli es schreibt (*.csv)</translation>
    </message>
    <message>
        <source>JSON, every field (*.json)</source>
        <translation>JSON, alle Felder (*.json)</translation>
    </message>
    <message>
        <source>Export Active Numbers</source>
        <translation>Aktive Nummern exportieren</translation>
    </message>
    <message>
        <source>active-numbers.csv</source>
        <translation>aktive-nummern.csv</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n number(s) to %1</source>
        <translation>
            <numerusform>%n Nummer nach %1 exportiert</numerusform>
            <numerusform>%n Nummern nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::ActivityDialog</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The activity log cannot be read: %1</source>
        <translation>Das Aktivitätsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no activity log is open.</source>
        <translation>kein Aktivitätsprotokoll geöffnet.</translation>
    </message>
    <message>
        <source>Interrupted: check the outcome</source>
        <translation>Unterbrochen: Ergebnis prüfen</translation>
    </message>
    <message>
        <source>NumberDesk stopped while this action was being sent, so its outcome was never recorded. Look at the number in the main window before repeating it.</source>
        <translation>NumberDesk wurde beendet, während diese Aktion gesendet wurde, daher wurde ihr Ergebnis nie aufgezeichnet. Sehen Sie sich die Nummer im Hauptfenster an, bevor Sie die Aktion wiederholen.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) were interrupted: NumberDesk stopped before their outcome was known. They are highlighted below. Check each number&apos;s state (for example, whether it is in your active numbers) before you try the action again.</source>
        <translation>
            <numerusform>%n Aktion wurde unterbrochen: NumberDesk wurde beendet, bevor ihr Ergebnis bekannt war. Sie ist unten hervorgehoben. Prüfen Sie den Zustand der Nummer (zum Beispiel, ob sie unter Ihren aktiven Nummern ist), bevor Sie die Aktion erneut versuchen.</numerusform>
            <numerusform>%n Aktionen wurden unterbrochen: NumberDesk wurde beendet, bevor ihr Ergebnis bekannt war. Sie sind unten hervorgehoben. Prüfen Sie den Zustand jeder Nummer (zum Beispiel, ob sie unter Ihren aktiven Nummern ist), bevor Sie die Aktion erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Activity as CSV</source>
        <translation>Aktivität als CSV exportieren</translation>
    </message>
    <message>
        <source>Export Activity as JSON</source>
        <translation>Aktivität als JSON exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>The activity could not be exported to %1: %2</source>
        <translation>Die Aktivität konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>Cost effect</source>
        <translation>Kostenwirkung</translation>
    </message>
</context>
<context>
    <name>nd::ActivityRecorder</name>
    <message>
        <source>no activity log is open.</source>
        <translation>kein Aktivitätsprotokoll geöffnet.</translation>
    </message>
    <message>
        <source>The activity log cannot be written: %1 Nothing was sent.</source>
        <translation>Das Aktivitätsprotokoll kann nicht geschrieben werden: %1 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The outcome could not be written to the activity log: %1</source>
        <translation>Das Ergebnis konnte nicht in das Aktivitätsprotokoll geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>nd::ApiError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). The request may still have been carried out: check the current state before retrying.</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde geantwortet. Die Anfrage wurde möglicherweise trotzdem ausgeführt: Prüfen Sie den aktuellen Stand, bevor Sie es erneut versuchen.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet. Die Anfrage wurde möglicherweise trotzdem ausgeführt: Prüfen Sie den aktuellen Stand, bevor Sie es erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established (TLS error). Check the URL, the system clock and any proxy in between.</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden (TLS-Fehler). Prüfen Sie die URL, die Systemuhr und einen eventuell dazwischenliegenden Proxy.</translation>
    </message>
    <message>
        <source>The request was rejected as invalid (HTTP 400).</source>
        <translation>Die Anfrage wurde als ungültig abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <source>The request was rejected: %1</source>
        <translation>Die Anfrage wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The credentials were rejected (HTTP 401). Check the key id and key secret.</source>
        <translation>Die Zugangsdaten wurden abgelehnt (HTTP 401). Prüfen Sie Schlüssel-ID und Schlüsselgeheimnis.</translation>
    </message>
    <message>
        <source>Permission denied (HTTP 403): this access key or project may not perform this operation.</source>
        <translation>Zugriff verweigert (HTTP 403): Dieser Zugriffsschlüssel oder dieses Projekt darf diesen Vorgang nicht ausführen.</translation>
    </message>
    <message>
        <source>Permission denied (HTTP 403): %1</source>
        <translation>Zugriff verweigert (HTTP 403): %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server is rate limiting (HTTP 429). Retry after %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anfragen: Der Server begrenzt die Rate (HTTP 429). Versuchen Sie es nach %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Anfragen: Der Server begrenzt die Rate (HTTP 429). Versuchen Sie es nach %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: the server is rate limiting (HTTP 429). Try again later.</source>
        <translation>Zu viele Anfragen: Der Server begrenzt die Rate (HTTP 429). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>Server error (HTTP %1): %2. The operation may or may not have been carried out; check the current state before retrying.</source>
        <translation>Serverfehler (HTTP %1): %2. Der Vorgang wurde möglicherweise ausgeführt oder auch nicht; prüfen Sie den aktuellen Stand, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>Der Server antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1: %2</source>
        <translation>Der Server antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established: its certificate was not accepted. Check the URL, the system clock, any proxy in between, and whether a company CA certificate must be added (CA bundle setting).</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden: Sein Zertifikat wurde nicht akzeptiert. Prüfen Sie die URL, die Systemuhr, einen eventuell dazwischenliegenden Proxy und ob ein Firmen-CA-Zertifikat hinzugefügt werden muss (Einstellung „CA-Bundle“).</translation>
    </message>
    <message>
        <source>The number is not an active number of this project.</source>
        <translation>Die Nummer ist keine aktive Nummer dieses Projekts.</translation>
    </message>
    <message>
        <source>The number %1 is not an active number of this project.</source>
        <translation>Die Nummer %1 ist keine aktive Nummer dieses Projekts.</translation>
    </message>
    <message>
        <source>The number is not available.</source>
        <translation>Die Nummer ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The number %1 is not available.</source>
        <translation>Die Nummer %1 ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>No callback configuration was found for this project.</source>
        <translation>Für dieses Projekt wurde keine Callback-Konfiguration gefunden.</translation>
    </message>
    <message>
        <source>No callback configuration was found for project %1.</source>
        <translation>Für das Projekt %1 wurde keine Callback-Konfiguration gefunden.</translation>
    </message>
    <message>
        <source>The %1 was not found.</source>
        <translation>%1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The %1 %2 was not found.</source>
        <translation>%1 %2 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): %1</source>
        <translation>Nicht gefunden (HTTP 404): %1</translation>
    </message>
    <message>
        <source>Not found (HTTP 404).</source>
        <translation>Nicht gefunden (HTTP 404).</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>issued by: %1</source>
        <translation>ausgestellt von: %1</translation>
    </message>
    <message>
        <source>valid until: %1</source>
        <translation>gültig bis: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>nd::AppMain</name>
    <message>
        <source>Find, rent, configure and release phone numbers (Sinch Numbers API).</source>
        <translation>Rufnummern finden, mieten, konfigurieren und freigeben (Sinch Numbers API).</translation>
    </message>
    <message>
        <source>Start with the profile &lt;name&gt;.</source>
        <translation>Mit dem Profil &lt;name&gt; starten.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Start on the built-in Sandbox profile (local emulator, nothing is billed).</source>
        <translation>Mit dem eingebauten Sandbox-Profil starten (lokaler Emulator, nichts wird berechnet).</translation>
    </message>
    <message>
        <source>Save screenshots of the main views and dialogs into &lt;dir&gt;, then quit.</source>
        <translation>Bildschirmfotos der Hauptansichten und Dialoge in &lt;verz&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>verz</translation>
    </message>
    <message>
        <source>The saved profiles could not be read: %1</source>
        <translation>Die gespeicherten Profile konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Start, wait until the main window shows the first regions and active numbers, then quit (exit status 0; 1 on an error or after 20 seconds).</source>
        <translation>Starten, warten, bis das Hauptfenster die ersten Regionen und aktiven Nummern zeigt, dann beenden (Exit-Status 0; 1 bei einem Fehler oder nach 20 Sekunden).</translation>
    </message>
</context>
<context>
    <name>nd::AuditLog</name>
    <message>
        <source>No file name was given for the activity log.</source>
        <translation>Für das Aktivitätsprotokoll wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the activity log.</source>
        <translation>Der Ordner %1 für das Aktivitätsprotokoll kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the activity log %1: the folder %2 is read-only.</source>
        <translation>Das Aktivitätsprotokoll %1 kann nicht angelegt werden: Der Ordner %2 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an activity log.</source>
        <translation>%1 ist ein Ordner, kein Aktivitätsprotokoll.</translation>
    </message>
    <message>
        <source>Cannot read the activity log %1: %2</source>
        <translation>Das Aktivitätsprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a NumberDesk activity log (it is not an SQLite database). The file was left unchanged: move it away or choose another file to keep a new log.</source>
        <translation>%1 ist kein NumberDesk-Aktivitätsprotokoll (keine SQLite-Datenbank). Die Datei wurde nicht verändert: Verschieben Sie sie oder wählen Sie eine andere Datei, um ein neues Protokoll zu führen.</translation>
    </message>
    <message>
        <source>Cannot write to the activity log %1: the file or its folder is read-only.</source>
        <translation>In das Aktivitätsprotokoll %1 kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Cannot open the activity log: the Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Das Aktivitätsprotokoll kann nicht geöffnet werden: Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot open the activity log %1: %2</source>
        <translation>Das Aktivitätsprotokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable activity log: %2. The file was left unchanged.</source>
        <translation>%1 ist kein brauchbares Aktivitätsprotokoll: %2. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a NumberDesk activity log. The file was left unchanged.</source>
        <translation>%1 ist die SQLite-Datenbank eines anderen Programms, kein NumberDesk-Aktivitätsprotokoll. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The activity log %1 is damaged (%2). The file was left unchanged.</source>
        <translation>Das Aktivitätsprotokoll %1 ist beschädigt (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>write-ahead logging is not available</source>
        <translation>Write-Ahead-Logging ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Cannot write to the activity log %1: %2</source>
        <translation>In das Aktivitätsprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The activity log %1 was written by a newer version of NumberDesk (format %2; this version reads up to %3). Update NumberDesk to use it.</source>
        <translation>Das Aktivitätsprotokoll %1 stammt von einer neueren NumberDesk-Version (Format %2; diese Version liest bis %3). Aktualisieren Sie NumberDesk, um es zu verwenden.</translation>
    </message>
    <message>
        <source>The activity log is not open.</source>
        <translation>Das Aktivitätsprotokoll ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot record the action in %1: %2</source>
        <translation>Die Aktion kann nicht in %1 protokolliert werden: %2</translation>
    </message>
    <message>
        <source>Cannot record the outcome in %1: %2</source>
        <translation>Das Ergebnis kann nicht in %1 protokolliert werden: %2</translation>
    </message>
    <message>
        <source>There is no activity record %1.</source>
        <translation>Es gibt keinen Aktivitätseintrag %1.</translation>
    </message>
    <message>
        <source>Activity record %1 is already finished (%2): recorded history cannot be changed.</source>
        <translation>Der Aktivitätseintrag %1 ist bereits abgeschlossen (%2): Der protokollierte Verlauf kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Activity record %1 already names its numbers; they cannot be changed.</source>
        <translation>Der Aktivitätseintrag %1 nennt bereits seine Nummern; sie können nicht geändert werden.</translation>
    </message>
    <message>
        <source>The export destination cannot be written to.</source>
        <translation>In das Exportziel kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>In progress or interrupted</source>
        <translation>Läuft oder unterbrochen</translation>
    </message>
    <message>
        <source>Cannot create the activity log %1.</source>
        <translation>Das Aktivitätsprotokoll %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>An unknown outcome can only be settled as known.</source>
        <translation>Ein unbekanntes Ergebnis kann nur durch ein bekanntes Ergebnis geklärt werden.</translation>
    </message>
    <message>
        <source>Activity record %1 has no unknown outcome to settle.</source>
        <translation>Der Aktivitätseintrag %1 hat kein unbekanntes Ergebnis, das zu klären wäre.</translation>
    </message>
    <message>
        <source>%1 (settled later by a check)</source>
        <translation>%1 (später durch eine Prüfung geklärt)</translation>
    </message>
</context>
<context>
    <name>nd::AvailableNumberModel</name>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Renting this number needs regulatory documents.</source>
        <translation>Für die Miete dieser Nummer sind behördliche Unterlagen nötig.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Setup price</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Laufender Preis</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Unterlagen</translation>
    </message>
</context>
<context>
    <name>nd::AvailableRentActions</name>
    <message>
        <source>Rent Selec&amp;ted…</source>
        <translation>&amp;Gewählte mieten…</translation>
    </message>
    <message>
        <source>Rent the selected available numbers as one job, after a preview of the prices</source>
        <translation>Die gewählten verfügbaren Nummern in einem Auftrag mieten, nach einer Vorschau der Preise</translation>
    </message>
    <message>
        <source>Rent Several &amp;Matching…</source>
        <translation>Mehrere &amp;passende mieten…</translation>
    </message>
    <message>
        <source>Rent a number of numbers matching the current search criteria as one job</source>
        <translation>Mehrere Nummern, die zu den aktuellen Suchkriterien passen, in einem Auftrag mieten</translation>
    </message>
    <message>
        <source>Rent the selected numbers</source>
        <translation>Die gewählten Nummern mieten</translation>
    </message>
    <message>
        <source>Opens a rent job for the selected available numbers; nothing is billed before you confirm</source>
        <translation>Öffnet einen Mietauftrag für die gewählten verfügbaren Nummern; vor Ihrer Bestätigung wird nichts berechnet</translation>
    </message>
    <message numerus="yes">
        <source>Rent %n Selec&amp;ted…</source>
        <translation>
            <numerusform>%n &amp;Gewählte mieten…</numerusform>
            <numerusform>%n &amp;Gewählte mieten…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rent Several Matching Numbers</source>
        <translation>Mehrere passende Nummern mieten</translation>
    </message>
    <message>
        <source>Rent numbers matching the current search criteria: %1. The next step shows each number with its prices and the totals; nothing is rented before you confirm.</source>
        <translation>Nummern mieten, die zu den aktuellen Suchkriterien passen: %1. Der nächste Schritt zeigt jede Nummer mit ihren Preisen sowie die Summen; vor Ihrer Bestätigung wird nichts gemietet.</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <source>The most the numbers rented may cost together per billing period, per currency (for example 25 or 19.50)</source>
        <translation>Der Höchstbetrag, den die gemieteten Nummern zusammen pro Abrechnungszeitraum kosten dürfen, je Währung (zum Beispiel 25 oder 19.50)</translation>
    </message>
    <message>
        <source>&amp;How many numbers:</source>
        <translation>&amp;Anzahl der Nummern:</translation>
    </message>
    <message>
        <source>At most this &amp;recurring total:</source>
        <translation>&amp;Laufende Summe höchstens:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>Type an amount such as 25 or 19.50, or leave it empty.</source>
        <translation>Geben Sie einen Betrag wie 25 oder 19.50 ein oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>nd::BulkJobDialog</name>
    <message numerus="yes">
        <source>Reading %n number(s) as they are now…</source>
        <translation>
            <numerusform>%n Nummer wird im aktuellen Zustand gelesen…</numerusform>
            <numerusform>%n Nummern werden im aktuellen Zustand gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Job %1 finished.</source>
        <translation>Auftrag %1 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Job %1 was cancelled.</source>
        <translation>Auftrag %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Job %1 is paused.</source>
        <translation>Auftrag %1 ist pausiert.</translation>
    </message>
    <message>
        <source>Job %1 was interrupted. The steps that were in flight are read back first: nothing is sent twice.</source>
        <translation>Auftrag %1 wurde unterbrochen. Die Schritte, die gerade liefen, werden zuerst zurückgelesen: Nichts wird doppelt gesendet.</translation>
    </message>
    <message>
        <source>Resume Interrupted Job</source>
        <translation>Unterbrochenen Auftrag fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%2 of %n number(s)) was interrupted.</source>
        <translation>
            <numerusform>Auftrag %1 (%2 von %n Nummer) wurde unterbrochen.</numerusform>
            <numerusform>Auftrag %1 (%2 von %n Nummern) wurde unterbrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 still to do. Resuming reads back what was in flight first.</source>
        <translation>%1 erledigt, %2 noch offen. Beim Fortsetzen wird zuerst zurückgelesen, was gerade lief.</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Fortsetzen…</translation>
    </message>
    <message>
        <source>Update Numbers</source>
        <translation>Nummern ändern</translation>
    </message>
    <message>
        <source>Release Numbers</source>
        <translation>Nummern freigeben</translation>
    </message>
    <message>
        <source>unchanged; {n} = 1, 2, 3…, {number} = the number</source>
        <translation>unverändert; {n} = 1, 2, 3…, {number} = die Nummer</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>SMS service &amp;plan:</source>
        <translation>SMS-Service&amp;plan:</translation>
    </message>
    <message>
        <source>10DLC &amp;campaign:</source>
        <translation>10DLC-&amp;Kampagne:</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>Callback-&amp;URL:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Ändern</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pau&amp;sieren</translation>
    </message>
    <message>
        <source>Cancel &amp;Job</source>
        <translation>&amp;Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Retry the Ones &amp;Not Done</source>
        <translation>Nicht erledigte &amp;wiederholen</translation>
    </message>
    <message>
        <source>Pausing: the numbers in flight finish first…</source>
        <translation>Wird pausiert: Die laufenden Nummern werden zuerst abgeschlossen…</translation>
    </message>
    <message>
        <source>Cancelling: the numbers in flight finish first…</source>
        <translation>Wird abgebrochen: Die laufenden Nummern werden zuerst abgeschlossen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Update %n number(s). Each is changed as shown; an SMS plan or campaign is unlinked before the new one is linked.</source>
        <translation>
            <numerusform>%n Nummer ändern. Sie wird wie gezeigt geändert; ein SMS-Plan oder eine Kampagne wird erst entknüpft, bevor der bzw. die neue verknüpft wird.</numerusform>
            <numerusform>%n Nummern ändern. Jede wird wie gezeigt geändert; ein SMS-Plan oder eine Kampagne wird erst entknüpft, bevor der bzw. die neue verknüpft wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n number(s) at the end of their paid periods. This cannot be undone.</source>
        <translation>
            <numerusform>%n Nummer zum Ende ihres bezahlten Zeitraums freigeben. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Nummern zum Ende ihrer bezahlten Zeiträume freigeben. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, could not be read: %1</source>
        <translation>Ausgelassen, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>release</source>
        <translation>Freigabe</translation>
    </message>
    <message numerus="yes">
        <source>release: %1 every %n month(s) stops</source>
        <translation>
            <numerusform>Freigabe: %1 jeden Monat entfällt</numerusform>
            <numerusform>Freigabe: %1 alle %n Monate entfällt</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message>
        <source>Recurring prices that stop: %1</source>
        <translation>Wiederkehrende Preise, die entfallen: %1</translation>
    </message>
    <message>
        <source>No price changes.</source>
        <translation>Keine Preisänderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) already have these settings: nothing is sent for them.</source>
        <translation>
            <numerusform>%n Nummer hat diese Einstellungen bereits: Für sie wird nichts gesendet.</numerusform>
            <numerusform>%n Nummern haben diese Einstellungen bereits: Für sie wird nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>To confirm, type the number of numbers (%1):</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Nummern ein (%1):</translation>
    </message>
    <message>
        <source>Job %1 is running.</source>
        <translation>Auftrag %1 läuft.</translation>
    </message>
    <message>
        <source>%1 done, %2 not done, %3 unknown, %4 to go.</source>
        <translation>%1 erledigt, %2 nicht erledigt, %3 unbekannt, %4 ausstehend.</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left.</source>
        <translation>
            <numerusform>Noch etwa %n Sekunde.</numerusform>
            <numerusform>Noch etwa %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 stopped: %2</source>
        <translation>Auftrag %1 angehalten: %2</translation>
    </message>
    <message>
        <source>Rent Numbers</source>
        <translation>Nummern mieten</translation>
    </message>
    <message>
        <source>Remove Emergency Addresses</source>
        <translation>Notrufadressen entfernen</translation>
    </message>
    <message>
        <source>&amp;Rent</source>
        <translation>&amp;Mieten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Rent %n number(s) matching %1 (billable). If someone else takes one of these before the job reaches it, the job searches again for another.</source>
        <translation>
            <numerusform>%n Nummer passend zu %1 mieten (kostenpflichtig). Mietet jemand anderes sie, bevor der Auftrag bei ihr ankommt, sucht der Auftrag erneut nach einer anderen.</numerusform>
            <numerusform>%n Nummern passend zu %1 mieten (kostenpflichtig). Mietet jemand anderes eine davon, bevor der Auftrag bei ihr ankommt, sucht der Auftrag erneut nach einer anderen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rent %n number(s) (billable).</source>
        <translation>
            <numerusform>%n Nummer mieten (kostenpflichtig).</numerusform>
            <numerusform>%n Nummern mieten (kostenpflichtig).</numerusform>
        </translation>
    </message>
    <message>
        <source>Setup prices: %1</source>
        <translation>Einrichtungsgebühren: %1</translation>
    </message>
    <message>
        <source>Recurring prices that start: %1</source>
        <translation>Wiederkehrende Preise, die beginnen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Job %1: offers were taken by someone else; searching again for %n more number(s)…</source>
        <translation>
            <numerusform>Auftrag %1: Angebote wurden von jemand anderem genommen; es wird erneut nach %n weiteren Nummer gesucht…</numerusform>
            <numerusform>Auftrag %1: Angebote wurden von jemand anderem genommen; es wird erneut nach %n weiteren Nummern gesucht…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rent: setup %1, then %2 every %n month(s)</source>
        <translation>
            <numerusform>Miete: Einrichtung %1, dann %2 jeden Monat</numerusform>
            <numerusform>Miete: Einrichtung %1, dann %2 alle %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>Checking that %n number(s) are still on offer, and at what price…</source>
        <translation>
            <numerusform>Es wird geprüft, ob %n Nummer noch angeboten wird und zu welchem Preis…</numerusform>
            <numerusform>Es wird geprüft, ob %n Nummern noch angeboten werden und zu welchem Preis…</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no connection.</source>
        <translation>Es besteht keine Verbindung.</translation>
    </message>
    <message numerus="yes">
        <source>Searching for %n number(s) matching %1…</source>
        <translation>
            <numerusform>Suche nach %n Nummer passend zu %1…</numerusform>
            <numerusform>Suche nach %n Nummern passend zu %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) left out to stay within the recurring cap of %1.</source>
        <translation>
            <numerusform>%n Angebot ausgelassen, um innerhalb der Obergrenze von %1 für laufende Kosten zu bleiben.</numerusform>
            <numerusform>%n Angebote ausgelassen, um innerhalb der Obergrenze von %1 für laufende Kosten zu bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 of the %2 numbers asked for can be rented now.</source>
        <translation>Nur %1 der %2 angeforderten Nummern können jetzt gemietet werden.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>nd::CallbackConfigDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Geheimnis verbergen</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>A new random secret was generated. It is not saved until you press Save.</source>
        <translation>Ein neues zufälliges Geheimnis wurde erzeugt. Es wird erst gespeichert, wenn Sie auf „Speichern“ klicken.</translation>
    </message>
    <message numerus="yes">
        <source>The secret must be 32 to 64 characters of letters, digits and “-” (now %n character(s)).</source>
        <translation>
            <numerusform>Das Geheimnis muss 32 bis 64 Zeichen aus Buchstaben, Ziffern und „-“ haben (derzeit %n Zeichen).</numerusform>
            <numerusform>Das Geheimnis muss 32 bis 64 Zeichen aus Buchstaben, Ziffern und „-“ haben (derzeit %n Zeichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the callback configuration…</source>
        <translation>Callback-Konfiguration wird geladen…</translation>
    </message>
    <message>
        <source>No signing secret is set. Generate one and save it.</source>
        <translation>Es ist kein Signaturgeheimnis festgelegt. Erzeugen Sie eines und speichern Sie es.</translation>
    </message>
    <message>
        <source>This project has no callback configuration yet; saving a secret creates it.</source>
        <translation>Dieses Projekt hat noch keine Callback-Konfiguration; das Speichern eines Geheimnisses legt sie an.</translation>
    </message>
    <message>
        <source>Loading was stopped. Close and reopen the dialog to try again.</source>
        <translation>Das Laden wurde abgebrochen. Schließen und öffnen Sie den Dialog erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>Change Signing Secret</source>
        <translation>Signaturgeheimnis ändern</translation>
    </message>
    <message>
        <source>Change the callback signing secret of project %1?</source>
        <translation>Das Callback-Signaturgeheimnis des Projekts %1 ändern?</translation>
    </message>
    <message>
        <source>From now on, events are signed with the new secret. Receivers that still use the old secret will reject them until you update them. Copy the new secret to your receivers.</source>
        <translation>Ab sofort werden Ereignisse mit dem neuen Geheimnis signiert. Empfänger, die noch das alte Geheimnis verwenden, lehnen sie ab, bis Sie sie aktualisieren. Kopieren Sie das neue Geheimnis zu Ihren Empfängern.</translation>
    </message>
    <message>
        <source>&amp;Change Secret</source>
        <translation>Geheimnis ä&amp;ndern</translation>
    </message>
    <message>
        <source>Saving the new secret…</source>
        <translation>Neues Geheimnis wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The new secret is active. Update your receivers now.</source>
        <translation>Das neue Geheimnis ist aktiv. Aktualisieren Sie jetzt Ihre Empfänger.</translation>
    </message>
    <message>
        <source>No clear answer; reading the secret back to see whether it changed…</source>
        <translation>Keine eindeutige Antwort; das Geheimnis wird erneut gelesen, um zu sehen, ob es sich geändert hat…</translation>
    </message>
    <message>
        <source>The server is busy (rate limit): waiting to send again…</source>
        <translation>Der Server ist ausgelastet (Ratenbegrenzung): Warten auf erneutes Senden…</translation>
    </message>
    <message>
        <source>Reopen this dialog to see the current secret before saving again.</source>
        <translation>Öffnen Sie diesen Dialog erneut, um das aktuelle Geheimnis zu sehen, bevor Sie erneut speichern.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Geheimnis in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Secret copied to the clipboard.</source>
        <translation>Geheimnis in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
</context>
<context>
    <name>nd::CallbackInspector</name>
    <message>
        <source>Callback Inspector</source>
        <translation>Callback-Inspektor</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Empfangen</translation>
    </message>
    <message>
        <source>&amp;Check a signature</source>
        <translation>Signatur &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Send test callback</source>
        <translation>&amp;Test-Callback senden</translation>
    </message>
    <message>
        <source>The project&apos;s callback secret could not be read, so signatures cannot be checked: %1</source>
        <translation>Das Callback-Geheimnis des Projekts konnte nicht gelesen werden, daher lassen sich Signaturen nicht prüfen: %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>The port on 127.0.0.1 to receive callbacks on; Automatic picks a free one</source>
        <translation>Der Port auf 127.0.0.1, auf dem Callbacks empfangen werden; „Automatisch“ wählt einen freien</translation>
    </message>
    <message>
        <source>Cop&amp;y URL</source>
        <translation>URL &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Use as Callback URL of Selected Numbers…</source>
        <translation>Als Callback-URL der gewählten Nummern &amp;verwenden…</translation>
    </message>
    <message>
        <source>Set this receiver as the callback URL of the numbers selected in the main window</source>
        <translation>Diesen Empfänger als Callback-URL der im Hauptfenster gewählten Nummern festlegen</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Receiver URL:</source>
        <translation>Empfänger-URL:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Click a callback to see its headers, raw body and signature check.</source>
        <translation>Klicken Sie auf einen Callback, um seine Header, den unveränderten Body und die Signaturprüfung zu sehen.</translation>
    </message>
    <message>
        <source>Reading the project&apos;s callback secret…</source>
        <translation>Das Callback-Geheimnis des Projekts wird gelesen…</translation>
    </message>
    <message>
        <source>Listening. Signatures are checked against the project&apos;s current secret (and the previous one after a rotation).</source>
        <translation>Empfangsbereit. Signaturen werden mit dem aktuellen Geheimnis des Projekts geprüft (und nach einem Wechsel auch mit dem vorherigen).</translation>
    </message>
    <message>
        <source>Stopped: callbacks sent to the URL now fail.</source>
        <translation>Gestoppt: An die URL gesendete Callbacks schlagen jetzt fehl.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>(not JSON)</source>
        <translation>(kein JSON)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <source>Expected X-Sinch-Signature: %1</source>
        <translation>Erwartete X-Sinch-Signature: %1</translation>
    </message>
    <message>
        <source>Failure: %1 (%2)</source>
        <translation>Fehler: %1 (%2)</translation>
    </message>
    <message>
        <source>Select one or more numbers in the main window&apos;s list of your numbers first.</source>
        <translation>Wählen Sie zuerst eine oder mehrere Nummern in der Liste Ihrer Nummern im Hauptfenster.</translation>
    </message>
    <message>
        <source>Use a local callback URL on a real account?</source>
        <translation>Eine lokale Callback-URL bei einem echten Konto verwenden?</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 as the callback URL of %n number(s)?</source>
        <translation>
            <numerusform>%1 als Callback-URL von %n Nummer festlegen?</numerusform>
            <numerusform>%1 als Callback-URL von %n Nummern festlegen?</numerusform>
        </translation>
    </message>
    <message>
        <source>This profile is not the sandbox. Sinch&apos;s servers cannot reach this computer, so events for these numbers will be lost until you set their callback URL back.</source>
        <translation>Dieses Profil ist nicht die Sandbox. Die Server von Sinch können diesen Computer nicht erreichen, daher gehen Ereignisse für diese Nummern verloren, bis Sie ihre Callback-URL zurücksetzen.</translation>
    </message>
    <message>
        <source>Set Callback URL</source>
        <translation>Callback-URL festlegen</translation>
    </message>
    <message>
        <source>The selected numbers already use this callback URL.</source>
        <translation>Die gewählten Nummern verwenden diese Callback-URL bereits.</translation>
    </message>
    <message numerus="yes">
        <source>Setting the callback URL of %n number(s)…</source>
        <translation>
            <numerusform>Die Callback-URL von %n Nummer wird festgelegt…</numerusform>
            <numerusform>Die Callback-URL von %n Nummern wird festgelegt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Callback URL set on %1 of %n number(s). Their next provisioning events come here.</source>
        <translation>
            <numerusform>Callback-URL bei %1 von %n Nummer festgelegt. Ihre nächsten Bereitstellungsereignisse kommen hier an.</numerusform>
            <numerusform>Callback-URL bei %1 von %n Nummern festgelegt. Ihre nächsten Bereitstellungsereignisse kommen hier an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::CallbackReceiver</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>auf 127.0.0.1:%1 kann nicht empfangen werden: %2</translation>
    </message>
</context>
<context>
    <name>nd::CallbackSender</name>
    <message>
        <source>&apos;%1&apos; is not a URL (give one such as http://127.0.0.1:8080/hooks)</source>
        <translation>„%1“ ist keine URL (geben Sie eine wie http://127.0.0.1:8080/hooks an)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>„%1“ ist keine http- oder https-URL</translation>
    </message>
</context>
<context>
    <name>nd::CallbackSignature</name>
    <message>
        <source>valid (signed with the previous secret)</source>
        <translation>gültig (mit dem vorherigen Geheimnis signiert)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>not checked: no secret is known</source>
        <translation>nicht geprüft: kein Geheimnis bekannt</translation>
    </message>
    <message>
        <source>invalid: there is no X-Sinch-Signature header</source>
        <translation>ungültig: Es gibt keinen X-Sinch-Signature-Header</translation>
    </message>
    <message>
        <source>invalid: the signature is not 40 hexadecimal digits (base64 or another algorithm?)</source>
        <translation>ungültig: Die Signatur besteht nicht aus 40 Hexadezimalziffern (Base64 oder ein anderer Algorithmus?)</translation>
    </message>
    <message>
        <source>invalid: the signature does not match the body with this secret</source>
        <translation>ungültig: Die Signatur passt mit diesem Geheimnis nicht zum Body</translation>
    </message>
</context>
<context>
    <name>nd::ChangesView</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Show in the list</source>
        <translation>In der Liste anzeigen</translation>
    </message>
    <message>
        <source>List the added and changed numbers in the Active numbers table</source>
        <translation>Die hinzugefügten und geänderten Nummern in der Tabelle „Aktive Nummern“ auflisten</translation>
    </message>
    <message>
        <source>Changes since the previous sync</source>
        <translation>Änderungen seit der vorherigen Synchronisierung</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Added or changed by the last sync</source>
        <translation>Von der letzten Synchronisierung hinzugefügt oder geändert</translation>
    </message>
    <message>
        <source>The inventory has not been synced yet.</source>
        <translation>Der Bestand wurde noch nicht synchronisiert.</translation>
    </message>
    <message numerus="yes">
        <source>The first sync (%1) found %n number(s); later syncs list what changed.</source>
        <translation>
            <numerusform>Die erste Synchronisierung (%1) hat %n Nummer gefunden; spätere Synchronisierungen listen auf, was sich geändert hat.</numerusform>
            <numerusform>Die erste Synchronisierung (%1) hat %n Nummern gefunden; spätere Synchronisierungen listen auf, was sich geändert hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Between the syncs of %1 and %2: %3 added, %4 removed, %5 changed.</source>
        <translation>Zwischen den Synchronisierungen vom %1 und %2: %3 hinzugefügt, %4 entfernt, %5 geändert.</translation>
    </message>
</context>
<context>
    <name>nd::ConnectionSettings</name>
    <message>
        <source>No project id is set.</source>
        <translation>Es ist keine Projekt-ID festgelegt.</translation>
    </message>
    <message>
        <source>The project id may only contain letters, digits, &apos;-&apos; and &apos;_&apos; (at most 128 characters).</source>
        <translation>Die Projekt-ID darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten (höchstens 128 Zeichen).</translation>
    </message>
    <message>
        <source>No access key id is set.</source>
        <translation>Es ist keine Zugriffsschlüssel-ID festgelegt.</translation>
    </message>
    <message>
        <source>No access key secret is set.</source>
        <translation>Es ist kein Geheimnis für den Zugriffsschlüssel festgelegt.</translation>
    </message>
    <message>
        <source>The transfer timeout must not be negative.</source>
        <translation>Das Übertragungs-Zeitlimit darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The CA bundle &quot;%1&quot; could not be read: %2</source>
        <translation>Das CA-Bundle „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA bundle &quot;%1&quot; is too large to be a certificate file.</source>
        <translation>Das CA-Bundle „%1“ ist zu groß für eine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>The CA bundle &quot;%1&quot; contains no PEM certificate (expected &quot;-----BEGIN CERTIFICATE-----&quot; blocks).</source>
        <translation>Das CA-Bundle „%1“ enthält kein PEM-Zertifikat (erwartet werden Blöcke „-----BEGIN CERTIFICATE-----“).</translation>
    </message>
    <message>
        <source>The Numbers API URL &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Numbers-API-URL „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The authentication URL &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Authentifizierungs-URL „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The Numbers API URL must start with https:// (got &quot;%1&quot;).</source>
        <translation>Die Numbers-API-URL muss mit https:// beginnen (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>The authentication URL must start with https:// (got &quot;%1&quot;).</source>
        <translation>Die Authentifizierungs-URL muss mit https:// beginnen (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain http to %1: use https:// (plain http is only allowed for the local machine: localhost, 127.0.0.1, ::1).</source>
        <translation>Zugangsdaten werden nicht über unverschlüsseltes http an %1 gesendet: Verwenden Sie https:// (http ist nur für den lokalen Rechner erlaubt: localhost, 127.0.0.1, ::1).</translation>
    </message>
</context>
<context>
    <name>nd::CostEffect</name>
    <message numerus="yes">
        <source>%1 %2 every %n month(s)</source>
        <translation>
            <numerusform>%1 %2 jeden Monat</numerusform>
            <numerusform>%1 %2 alle %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 per period</source>
        <translation>%1 %2 pro Zeitraum</translation>
    </message>
    <message>
        <source>stops %1</source>
        <comment>a recurring charge that stops</comment>
        <translation>entfällt: %1</translation>
    </message>
    <message>
        <source>possibly stops %1</source>
        <comment>outcome unknown</comment>
        <translation>entfällt möglicherweise: %1</translation>
    </message>
    <message>
        <source>%1 %2 setup</source>
        <translation>%1 %2 Einrichtung</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <comment>setup cost + recurring cost</comment>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>possibly %1</source>
        <comment>outcome unknown</comment>
        <translation>möglicherweise %1</translation>
    </message>
</context>
<context>
    <name>nd::DisplayText</name>
    <message>
        <source>Unknown type</source>
        <translation>Unbekannter Typ</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Ortsnetz</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Gebührenfrei</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Status not specified</source>
        <translation>Status nicht angegeben</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>Unbekannter Status</translation>
    </message>
    <message>
        <source>Voice API app</source>
        <translation>Voice-API-Anwendung</translation>
    </message>
    <message>
        <source>Elastic SIP trunk</source>
        <translation>Elastic-SIP-Trunk</translation>
    </message>
    <message>
        <source>Fax service</source>
        <translation>Faxdienst</translation>
    </message>
    <message>
        <source>Unknown voice type</source>
        <translation>Unbekannter Sprachtyp</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Nicht verknüpft</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 = kind of voice target (&quot;Voice API app&quot;), %2 = its id
----------
%1 = amount (&quot;USD 1.00&quot;), %2 = interval (&quot;every month&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Service plan %1</source>
        <translation>Serviceplan %1</translation>
    </message>
    <message>
        <source>Service plan %1, campaign %2</source>
        <translation>Serviceplan %1, Kampagne %2</translation>
    </message>
    <message>
        <source>unlinking</source>
        <translation>Verknüpfung wird aufgehoben</translation>
    </message>
    <message>
        <source>service plan %1</source>
        <translation>Serviceplan %1</translation>
    </message>
    <message>
        <source>service plan %1, campaign %2</source>
        <translation>Serviceplan %1, Kampagne %2</translation>
    </message>
    <message>
        <source>SMS: %1 (%2)</source>
        <extracomment>%1 = status (&quot;Waiting&quot;), %2 = what is being applied</extracomment>
        <translation>SMS: %1 (%2)</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>es wurde kein Grund angegeben</translation>
    </message>
    <message>
        <source>Voice: %1 (%2)</source>
        <translation>Sprache: %1 (%2)</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>jährlich</translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>jeden Monat</numerusform>
            <numerusform>alle %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Could not be determined</source>
        <translation>Nicht feststellbar</translation>
    </message>
    <message>
        <source>Exact match: the address is valid as entered</source>
        <translation>Exakte Übereinstimmung: Die Adresse ist wie eingegeben gültig</translation>
    </message>
    <message>
        <source>Near match: a corrected address is suggested</source>
        <translation>Ähnliche Übereinstimmung: Eine korrigierte Adresse wird vorgeschlagen</translation>
    </message>
    <message>
        <source>No match: the address is not valid</source>
        <translation>Keine Übereinstimmung: Die Adresse ist ungültig</translation>
    </message>
    <message>
        <source>Unknown result</source>
        <translation>Unbekanntes Ergebnis</translation>
    </message>
    <message>
        <source>Link to an SMS service plan</source>
        <translation>Mit einem SMS-Serviceplan verknüpfen</translation>
    </message>
    <message>
        <source>Unlink from the SMS service plan</source>
        <translation>Verknüpfung mit dem SMS-Serviceplan aufheben</translation>
    </message>
    <message>
        <source>Link to a 10DLC campaign</source>
        <translation>Mit einer 10DLC-Kampagne verknüpfen</translation>
    </message>
    <message>
        <source>Unlink from the 10DLC campaign</source>
        <translation>Verknüpfung mit der 10DLC-Kampagne aufheben</translation>
    </message>
    <message>
        <source>Enable voice</source>
        <translation>Sprache aktivieren</translation>
    </message>
    <message>
        <source>Disable voice</source>
        <translation>Sprache deaktivieren</translation>
    </message>
    <message>
        <source>Number order changed</source>
        <translation>Nummernbestellung geändert</translation>
    </message>
    <message>
        <source>Unknown event</source>
        <translation>Unbekanntes Ereignis</translation>
    </message>
    <message>
        <source>Enabling voice on the number failed</source>
        <translation>Die Aktivierung von Sprache für die Nummer ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>nd::ErrorBanner</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>nd::FieldChange</name>
    <message>
        <source>display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>SMS service plan</source>
        <translation>SMS-Serviceplan</translation>
    </message>
    <message>
        <source>10DLC campaign</source>
        <translation>10DLC-Kampagne</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>emergency address</source>
        <translation>Notrufadresse</translation>
    </message>
    <message>
        <source>callback HMAC secret</source>
        <translation>Callback-HMAC-Geheimnis</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>%1: rotated</source>
        <translation>%1: erneuert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>field: old value → new value</comment>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>nd::InsightCharts</name>
    <message>
        <source>%1 numbers in %2 (%3 a month)</source>
        <extracomment>%1 = number type (&quot;Local&quot;), %2 = region code, %3 = amount with currency</extracomment>
        <translation>%1 Nummern in %2 (%3 im Monat)</translation>
    </message>
    <message>
        <source>Run-rate per month by region (%1)</source>
        <translation>Laufende Kosten pro Monat nach Region (%1)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation>%1 Nummern</translation>
    </message>
    <message>
        <source>Numbers by type</source>
        <translation>Nummern nach Typ</translation>
    </message>
    <message>
        <source>Numbers charged in %1</source>
        <extracomment>%1 = month (&quot;Dec 2026&quot;)</extracomment>
        <translation>Im %1 berechnete Nummern</translation>
    </message>
    <message>
        <source>Charges due in the next 12 months (%1)</source>
        <translation>Fällige Gebühren in den nächsten 12 Monaten (%1)</translation>
    </message>
    <message>
        <source>Run-rate per month by region</source>
        <translation>Laufende Kosten pro Monat nach Region</translation>
    </message>
    <message>
        <source>Charges due in the next 12 months</source>
        <translation>Fällige Gebühren in den nächsten 12 Monaten</translation>
    </message>
</context>
<context>
    <name>nd::InsightPanel</name>
    <message>
        <source>No inventory yet: press Sync now to fetch every number into the local mirror.</source>
        <translation>Noch kein Bestand: Klicken Sie auf „Jetzt synchronisieren“, um alle Nummern in die lokale Kopie abzurufen.</translation>
    </message>
    <message>
        <source>The currency the run-rate and the charges are shown in</source>
        <translation>Die Währung, in der die laufenden Kosten und die Gebühren angezeigt werden</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Fetch every active number into the local mirror, then show the report again</source>
        <translation>Alle aktiven Nummern in die lokale Kopie abrufen und den Bericht dann erneut anzeigen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the local mirror again (no network)</source>
        <translation>Die lokale Kopie erneut lesen (ohne Netzwerk)</translation>
    </message>
    <message>
        <source>Save c&amp;hart as PNG…</source>
        <translation>Diagramm als PNG &amp;speichern…</translation>
    </message>
    <message>
        <source>Run-rate by region…</source>
        <translation>Laufende Kosten nach Region…</translation>
    </message>
    <message>
        <source>Numbers by type…</source>
        <translation>Nummern nach Typ…</translation>
    </message>
    <message>
        <source>Charges by month…</source>
        <translation>Gebühren nach Monat…</translation>
    </message>
    <message>
        <source>E&amp;xport report as CSV…</source>
        <translation>Bericht als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>%1 numbers, %2 of them being released. Run-rate per month: %3. As of %4.</source>
        <extracomment>%1 = count of numbers, %2 = count being released, %3 = &quot;EUR 12,50, USD 3.00&quot;, %4 = date and time</extracomment>
        <translation>%1 Nummern, davon %2 in Freigabe. Laufende Kosten pro Monat: %3. Stand: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Provisioning failed (%1)</source>
        <translation>Bereitstellung fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Provisioning pending for more than an hour (%1)</source>
        <translation>Bereitstellung seit mehr als einer Stunde ausstehend (%1)</translation>
    </message>
    <message>
        <source>Neither SMS nor voice linked (%1)</source>
        <translation>Weder SMS noch Sprache verknüpft (%1)</translation>
    </message>
    <message>
        <source>Released within 7 days (%1)</source>
        <translation>Innerhalb von 7 Tagen freigegeben (%1)</translation>
    </message>
    <message>
        <source>Price unreadable, left out of the amounts (%1)</source>
        <translation>Preis unlesbar, in den Beträgen nicht berücksichtigt (%1)</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Das Diagramm konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Syncing the local mirror (progress in the status bar)…</source>
        <translation>Die lokale Kopie wird synchronisiert (Fortschritt in der Statusleiste)…</translation>
    </message>
    <message>
        <source>The sync did not finish; the report shows the mirror&apos;s previous sync.</source>
        <translation>Die Synchronisierung wurde nicht abgeschlossen; der Bericht zeigt den Stand der vorherigen Synchronisierung der lokalen Kopie.</translation>
    </message>
    <message>
        <source>The first sync of this inventory is running; the report follows when it is saved.</source>
        <extracomment>Shown where the charts go, while the first sync of a mirror runs.</extracomment>
        <translation>Die erste Synchronisierung dieses Bestands läuft; der Bericht folgt, sobald sie gespeichert ist.</translation>
    </message>
    <message>
        <source>The project had no active numbers at the last sync: there is nothing to chart.</source>
        <extracomment>Shown where the charts go: the last sync found no numbers.</extracomment>
        <translation>Das Projekt hatte bei der letzten Synchronisierung keine aktiven Nummern: Es gibt nichts darzustellen.</translation>
    </message>
    <message>
        <source>The sync did not finish (it was cancelled, or the message at the top of the window says why), and there is no earlier sync to show. Press Sync now to try again.</source>
        <translation>Die Synchronisierung wurde nicht abgeschlossen (sie wurde abgebrochen, oder die Meldung oben im Fenster nennt den Grund), und es gibt keine frühere Synchronisierung, die angezeigt werden könnte. Klicken Sie auf „Jetzt synchronisieren“, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>nd::InventoryExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>nd::InventoryReport</name>
    <message>
        <source>no reason was given</source>
        <translation>es wurde kein Grund angegeben</translation>
    </message>
    <message>
        <source>SMS: %1</source>
        <extracomment>%1 = the reasons in words</extracomment>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Voice provisioning failed</source>
        <translation>Die Sprach-Bereitstellung ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>nd::InventoryStore</name>
    <message>
        <source>Cannot create the inventory file %1.</source>
        <translation>Die Bestandsdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the inventory %1: %2</source>
        <translation>Der Bestand %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the inventory %1: %2</source>
        <translation>Der Bestand %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The inventory %1 was written by a newer version of NumberDesk.</source>
        <translation>Der Bestand %1 wurde von einer neueren Version von NumberDesk geschrieben.</translation>
    </message>
    <message>
        <source>%1 is not a NumberDesk inventory. The file was left unchanged.</source>
        <translation>%1 ist kein NumberDesk-Bestand. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot write the inventory %1: %2</source>
        <translation>Der Bestand %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot start a sync of the inventory: %1</source>
        <translation>Eine Synchronisierung des Bestands kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the inventory: %1</source>
        <translation>Der Bestand kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>No sync of the inventory is in progress.</source>
        <translation>Es läuft keine Synchronisierung des Bestands.</translation>
    </message>
    <message>
        <source>Cannot save the sync of the inventory: %1</source>
        <translation>Die Synchronisierung des Bestands kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the inventory: %1</source>
        <translation>Der Bestand kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot start a sync of the inventory: cannot create %1.</source>
        <translation>Eine Synchronisierung des Bestands kann nicht gestartet werden: %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another sync of this inventory is running (process %1 on %2). Wait until it has finished; if it is not running any more, delete %3.</source>
        <translation>Eine andere Synchronisierung dieses Bestands läuft gerade (Prozess %1 auf %2). Warten Sie, bis sie beendet ist; falls sie nicht mehr läuft, löschen Sie %3.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>another program saved a sync of this inventory meanwhile.</source>
        <translation>ein anderes Programm hat inzwischen eine Synchronisierung dieses Bestands gespeichert.</translation>
    </message>
</context>
<context>
    <name>nd::InventoryWalker</name>
    <message>
        <source>The API client is no longer available.</source>
        <translation>Der API-Client ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>The server returned the same page token twice; stopped listing.</source>
        <translation>Der Server hat dasselbe Seitentoken zweimal geliefert; die Auflistung wurde beendet.</translation>
    </message>
</context>
<context>
    <name>nd::JobJournal</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cannot create the job journal %1.</source>
        <translation>Das Auftragsjournal %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the job journal %1: %2</source>
        <translation>Das Auftragsjournal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the job journal %1: %2</source>
        <translation>Das Auftragsjournal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The job journal %1 was written by a newer version of NumberDesk.</source>
        <translation>Das Auftragsjournal %1 wurde von einer neueren Version von NumberDesk geschrieben.</translation>
    </message>
    <message>
        <source>%1 is not a NumberDesk job journal. The file was left unchanged.</source>
        <translation>%1 ist kein NumberDesk-Auftragsjournal. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot write the job journal %1: %2</source>
        <translation>Das Auftragsjournal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the job journal: %1</source>
        <translation>Das Auftragsjournal kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the job journal: %1</source>
        <translation>Das Auftragsjournal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Job %1 was written by a newer version of NumberDesk.</source>
        <translation>Auftrag %1 wurde von einer neueren Version von NumberDesk geschrieben.</translation>
    </message>
    <message>
        <source>Job %1 is being run by another NumberDesk process.</source>
        <translation>Auftrag %1 wird von einem anderen NumberDesk-Prozess ausgeführt.</translation>
    </message>
</context>
<context>
    <name>nd::JobKinds</name>
    <message>
        <source>per billing period</source>
        <translation>pro Abrechnungszeitraum</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>jeden Monat</numerusform>
            <numerusform>alle %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Mieten</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Emergency address removal</source>
        <translation>Entfernen der Notrufadresse</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Done by someone else</source>
        <translation>Von jemand anderem erledigt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 once (%n number(s))</source>
        <translation>
            <numerusform>%1 %2 einmalig (%n Nummer)</numerusform>
            <numerusform>%1 %2 einmalig (%n Nummern)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 %3 (%n number(s))</source>
        <translation>
            <numerusform>%1 %2 %3 (%n Nummer)</numerusform>
            <numerusform>%1 %2 %3 (%n Nummern)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::JobRunner</name>
    <message>
        <source>There is no job %1.</source>
        <translation>Es gibt keinen Auftrag %1.</translation>
    </message>
    <message>
        <source>The connection is gone.</source>
        <translation>Die Verbindung ist weg.</translation>
    </message>
    <message>
        <source>The activity log cannot be written.</source>
        <translation>Das Aktivitätsprotokoll kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Not sent before the job was interrupted.</source>
        <translation>Nicht gesendet, bevor der Auftrag unterbrochen wurde.</translation>
    </message>
    <message>
        <source>The process running job %1 ended while this request was in flight; the state is read back.</source>
        <translation>Der Prozess, der Auftrag %1 ausführte, wurde beendet, während diese Anfrage lief; der Zustand wird zurückgelesen.</translation>
    </message>
    <message>
        <source>Step %1 of job %2 cannot be read.</source>
        <translation>Schritt %1 von Auftrag %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 already has these settings: nothing was sent.</source>
        <translation>%1 hat diese Einstellungen bereits: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 of the %2 numbers asked for were rented: %3</source>
        <translation>%1 der %2 angeforderten Nummern wurden gemietet: %3</translation>
    </message>
    <message>
        <source>the steps not done say why the others were not.</source>
        <translation>Bei den nicht erledigten Schritten steht, warum die übrigen nicht gemietet wurden.</translation>
    </message>
    <message numerus="yes">
        <source>Searching again for %n more number(s) failed: %1</source>
        <translation>
            <numerusform>Die erneute Suche nach %n weiteren Nummer ist fehlgeschlagen: %1</numerusform>
            <numerusform>Die erneute Suche nach %n weiteren Nummern ist fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>another number would take the recurring total past the cap of %1.</source>
        <translation>Eine weitere Nummer würde die laufende Summe über die Obergrenze von %1 bringen.</translation>
    </message>
    <message>
        <source>the search offers no other number matching the criteria.</source>
        <translation>Die Suche bietet keine andere Nummer, die zu den Kriterien passt.</translation>
    </message>
    <message>
        <source>Found by searching again: an offer chosen before was taken by someone else.</source>
        <translation>Durch erneute Suche gefunden: Ein zuvor gewähltes Angebot wurde von jemand anderem genommen.</translation>
    </message>
</context>
<context>
    <name>nd::JobsDialog</name>
    <message>
        <source>Bulk Jobs</source>
        <translation>Sammelaufträge</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
</context>
<context>
    <name>nd::MainWindow</name>
    <message>
        <source>Starting with</source>
        <translation>Beginnt mit</translation>
    </message>
    <message>
        <source>Containing</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>Ending with</source>
        <translation>Endet mit</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>There is no profile named “%1”; using the built-in Sandbox.</source>
        <translation>Es gibt kein Profil namens „%1“; das eingebaute Sandbox-Profil wird verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) offer numbers to this project</source>
        <translation>
            <numerusform>%n Region bietet diesem Projekt Nummern an</numerusform>
            <numerusform>%n Regionen bieten diesem Projekt Nummern an</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>Die Suche ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No available numbers match in %1. Try fewer digits or other capabilities.</source>
        <translation>In %1 passen keine verfügbaren Nummern. Versuchen Sie weniger Ziffern oder andere Fähigkeiten.</translation>
    </message>
    <message numerus="yes">
        <source>%n available number(s) in %1</source>
        <translation>
            <numerusform>%n verfügbare Nummer in %1</numerusform>
            <numerusform>%n verfügbare Nummern in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least one number type to list regions.</source>
        <translation>Wählen Sie mindestens einen Nummerntyp, um Regionen aufzulisten.</translation>
    </message>
    <message>
        <source>country code and digits, e.g. +1206</source>
        <translation>Ländervorwahl und Ziffern, z. B. +1206</translation>
    </message>
    <message>
        <source>digits, e.g. 555</source>
        <translation>Ziffern, z. B. 555</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Aktives Profil</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>%1 (built-in, no charges)</source>
        <translation>%1 (eingebaut, kostenlos)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Connection problem (see the message above)</source>
        <translation>Verbindungsproblem (siehe Meldung oben)</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <source>Profile “%1”: the built-in emulator. Nothing is billed and no real number changes.</source>
        <translation>Profil „%1“: der eingebaute Emulator. Nichts wird berechnet, keine echte Nummer wird geändert.</translation>
    </message>
    <message>
        <source>NumberDesk — SANDBOX</source>
        <translation>NumberDesk — SANDBOX</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Live profile: renting and releasing numbers here is billed.</source>
        <translation>Live-Profil: Mieten und Freigeben von Nummern wird hier berechnet.</translation>
    </message>
    <message>
        <source>NumberDesk — %1</source>
        <translation>NumberDesk — %1</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>The server refused the credentials of profile “%1”. Check its key ID and key secret in File → Settings.
%2</source>
        <translation>Der Server hat die Zugangsdaten des Profils „%1“ abgelehnt. Prüfen Sie Schlüssel-ID und Schlüsselgeheimnis unter Datei → Einstellungen.
%2</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>Choose a region on the left</source>
        <translation>Region links auswählen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a region in the list on the left first.</source>
        <translation>Wählen Sie zuerst links eine Region aus der Liste.</translation>
    </message>
    <message>
        <source>%1 offers no number types to search.</source>
        <translation>%1 bietet keine durchsuchbaren Nummerntypen an.</translation>
    </message>
    <message>
        <source>The digit pattern may contain only digits, optionally after a leading +.</source>
        <translation>Das Ziffernmuster darf nur Ziffern enthalten, optional nach einem führenden +.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Renting any matching number is possible only for US local numbers.</source>
        <translation>Eine beliebige passende Nummer kann nur bei US-Ortsnetznummern gemietet werden.</translation>
    </message>
    <message numerus="yes">
        <source>R&amp;elease %n Numbers…</source>
        <translation>
            <numerusform>%n Nummer &amp;freigeben…</numerusform>
            <numerusform>%n Nummern &amp;freigeben…</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;elease…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>%1 is now rented. It is not listed because it does not match the active-number filters.</source>
        <translation>%1 ist jetzt gemietet. Die Nummer wird nicht angezeigt, weil sie nicht zu den Filtern der aktiven Nummern passt.</translation>
    </message>
    <message>
        <source>%1 is now rented and listed under Active numbers.</source>
        <translation>%1 ist jetzt gemietet und unter „Aktive Nummern“ aufgeführt.</translation>
    </message>
    <message>
        <source>The selected numbers are already being released.</source>
        <translation>Die gewählten Nummern werden bereits freigegeben.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n number(s)</source>
        <translation>
            <numerusform>%n Nummer kopiert</numerusform>
            <numerusform>%n Nummern kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>About NumberDesk</source>
        <translation>Über NumberDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NumberDesk %1&lt;/h3&gt;&lt;p&gt;Find, rent, configure and release phone numbers through the Sinch Numbers API.&lt;/p&gt;&lt;p&gt;The built-in Sandbox profile runs a local emulator: nothing there is billed.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NumberDesk %1&lt;/h3&gt;&lt;p&gt;Rufnummern über die Sinch Numbers API finden, mieten, konfigurieren und freigeben.&lt;/p&gt;&lt;p&gt;Das eingebaute Sandbox-Profil nutzt einen lokalen Emulator: Dort wird nichts berechnet.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Activity…</source>
        <translation>&amp;Aktivität…</translation>
    </message>
    <message>
        <source>Show every rent, release and change made from NumberDesk</source>
        <translation>Jede aus NumberDesk vorgenommene Miete, Freigabe und Änderung anzeigen</translation>
    </message>
    <message>
        <source>Connecting to the built-in sandbox…</source>
        <translation>Verbinde mit der eingebauten Sandbox…</translation>
    </message>
    <message>
        <source>Connected to the built-in sandbox</source>
        <translation>Verbunden mit der eingebauten Sandbox</translation>
    </message>
    <message>
        <source>The activity log cannot be opened: %1
Renting, releasing and changing numbers are disabled until it can be written.</source>
        <translation>Das Aktivitätsprotokoll kann nicht geöffnet werden: %1
Mieten, Freigeben und Ändern von Nummern sind deaktiviert, bis es geschrieben werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) were interrupted before their outcome was known. Open View → Activity to see which, and check them before repeating them.</source>
        <translation>
            <numerusform>%n Aktion wurde unterbrochen, bevor ihr Ergebnis bekannt war. Öffnen Sie Ansicht → Aktivität, um sie zu sehen, und prüfen Sie sie, bevor Sie sie wiederholen.</numerusform>
            <numerusform>%n Aktionen wurden unterbrochen, bevor ihr Ergebnis bekannt war. Öffnen Sie Ansicht → Aktivität, um zu sehen, welche, und prüfen Sie sie, bevor Sie sie wiederholen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation>Aus&amp;wertung</translation>
    </message>
    <message>
        <source>Copy &amp;Cell</source>
        <translation>&amp;Zelle kopieren</translation>
    </message>
    <message>
        <source>Callback &amp;Inspector…</source>
        <translation>Callback-&amp;Inspektor…</translation>
    </message>
    <message>
        <source>Receive, check and send number-event callbacks</source>
        <translation>Callbacks zu Nummernereignissen empfangen, prüfen und senden</translation>
    </message>
    <message>
        <source>&amp;Export Active Numbers…</source>
        <translation>Aktive Nummern e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the Active numbers as shown (filters, find and order) as CSV or JSON</source>
        <translation>Die aktiven Nummern wie angezeigt (Filter, Suche und Reihenfolge) als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>&amp;Update Selected…</source>
        <translation>Gewählte ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Change the selected active numbers together</source>
        <translation>Die gewählten aktiven Nummern gemeinsam ändern</translation>
    </message>
    <message>
        <source>Release &amp;Selected…</source>
        <translation>&amp;Gewählte freigeben…</translation>
    </message>
    <message>
        <source>Release the selected active numbers as one job</source>
        <translation>Die gewählten aktiven Nummern in einem Auftrag freigeben</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Active numbers shows the inventory as of %2, read-only; press F5 to try again.</source>
        <translation>Der Server ist nicht erreichbar (%1). „Aktive Nummern“ zeigt den Bestand vom %2, schreibgeschützt; drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Bulk &amp;Jobs…</source>
        <translation>&amp;Sammelaufträge…</translation>
    </message>
    <message>
        <source>Show the bulk jobs, their progress and per-number results</source>
        <translation>Die Sammelaufträge, ihren Fortschritt und die Ergebnisse pro Nummer anzeigen</translation>
    </message>
</context>
<context>
    <name>nd::NumberDetailsDialog</name>
    <message>
        <source>Number %1</source>
        <translation>Nummer %1</translation>
    </message>
    <message>
        <source>The corrected address was copied into the form. Press Provision to use it.</source>
        <translation>Die korrigierte Adresse wurde ins Formular übernommen. Klicken Sie auf „Bereitstellen“, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>The suggested address was copied into the form. Validate it again before provisioning.</source>
        <translation>Die vorgeschlagene Adresse wurde ins Formular übernommen. Prüfen Sie sie erneut vor der Bereitstellung.</translation>
    </message>
    <message>
        <source>The emergency address has not been loaded yet.</source>
        <translation>Die Notrufadresse wurde noch nicht geladen.</translation>
    </message>
    <message>
        <source>%1, %2 in %3</source>
        <translation>%1, %2 in %3</translation>
    </message>
    <message>
        <source>Being released: active until %1</source>
        <translation>Wird freigegeben: aktiv bis %1</translation>
    </message>
    <message>
        <source>Not released</source>
        <translation>Nicht freigegeben</translation>
    </message>
    <message>
        <source>Nothing pending. SMS: %1. Voice: %2.</source>
        <translation>Nichts ausstehend. SMS: %1. Sprache: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Saving takes %n step(s), because the API only links a number to a new service plan or campaign after the old one has been unlinked:</source>
        <translation>
            <numerusform>Das Speichern braucht %n Schritt, weil die API eine Nummer erst dann mit einem neuen Serviceplan oder einer neuen Kampagne verknüpft, wenn die alte Verknüpfung aufgehoben ist:</numerusform>
            <numerusform>Das Speichern braucht %n Schritte, weil die API eine Nummer erst dann mit einem neuen Serviceplan oder einer neuen Kampagne verknüpft, wenn die alte Verknüpfung aufgehoben ist:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Between the steps, and until the new link has been provisioned, the number cannot send or receive SMS.</source>
        <translation>Zwischen den Schritten und bis die neue Verknüpfung bereitgestellt ist, kann die Nummer keine SMS senden oder empfangen.</translation>
    </message>
    <message>
        <source>Saving unlinks the SMS service plan: the number stops sending and receiving SMS.</source>
        <translation>Beim Speichern wird die Verknüpfung mit dem SMS-Serviceplan aufgehoben: Die Nummer kann dann keine SMS mehr senden oder empfangen.</translation>
    </message>
    <message>
        <source>Configuration changes are applied in the background; the General tab shows their progress.</source>
        <translation>Konfigurationsänderungen werden im Hintergrund angewendet; die Registerkarte „Allgemein“ zeigt den Fortschritt.</translation>
    </message>
    <message>
        <source>Reloading %1…</source>
        <translation>%1 wird neu geladen…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved. Being applied in the background:
%1</source>
        <translation>Gespeichert. Wird im Hintergrund angewendet:
%1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3…</source>
        <translation>Schritt %1 von %2: %3…</translation>
    </message>
    <message>
        <source>name shown to dispatch</source>
        <translation>Name für die Leitstelle</translation>
    </message>
    <message>
        <source>street number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Bundesstaat</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Required: %1.</source>
        <translation>Erforderlich: %1.</translation>
    </message>
    <message>
        <source>Provisioned address (given to 911 dispatch): %1</source>
        <translation>Bereitgestellte Adresse (an die 911-Leitstelle übermittelt): %1</translation>
    </message>
    <message>
        <source>No emergency address is provisioned for this number: 911 dispatch gets no address from it.</source>
        <translation>Für diese Nummer ist keine Notrufadresse bereitgestellt: Die 911-Leitstelle erhält von ihr keine Adresse.</translation>
    </message>
    <message>
        <source>Loading the emergency address…</source>
        <translation>Notrufadresse wird geladen…</translation>
    </message>
    <message>
        <source>The emergency address could not be loaded.</source>
        <translation>Die Notrufadresse konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Validating the address…</source>
        <translation>Adresse wird geprüft…</translation>
    </message>
    <message>
        <source>Corrected address: %1</source>
        <translation>Korrigierte Adresse: %1</translation>
    </message>
    <message>
        <source>Emergency (911) calls from this number will send responders to:
%1

Make sure the address is where the phone is used. Emergency address services may carry a fee.</source>
        <translation>Bei Notrufen (911) von dieser Nummer werden Einsatzkräfte hierher geschickt:
%1

Stellen Sie sicher, dass das Telefon an dieser Adresse benutzt wird. Notrufadressdienste können kostenpflichtig sein.</translation>
    </message>
    <message>
        <source>This address has not been validated.</source>
        <translation>Diese Adresse wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Provision Emergency Address</source>
        <translation>Notrufadresse bereitstellen</translation>
    </message>
    <message>
        <source>Provision this emergency address for %1?</source>
        <translation>Diese Notrufadresse für %1 bereitstellen?</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>Provisioning the emergency address…</source>
        <translation>Notrufadresse wird bereitgestellt…</translation>
    </message>
    <message>
        <source>The emergency address was provisioned.</source>
        <translation>Die Notrufadresse wurde bereitgestellt.</translation>
    </message>
    <message>
        <source>Remove Emergency Address</source>
        <translation>Notrufadresse entfernen</translation>
    </message>
    <message>
        <source>Remove the emergency address from %1?</source>
        <translation>Die Notrufadresse von %1 entfernen?</translation>
    </message>
    <message>
        <source>911 dispatch will no longer receive an address for calls from this number: responders may not be able to find a caller who cannot speak.

Current address: %1</source>
        <translation>Die 911-Leitstelle erhält für Anrufe von dieser Nummer keine Adresse mehr: Einsatzkräfte finden eine Person, die nicht sprechen kann, womöglich nicht.

Aktuelle Adresse: %1</translation>
    </message>
    <message>
        <source>&amp;Remove Address</source>
        <translation>Adresse &amp;entfernen</translation>
    </message>
    <message>
        <source>Removing the emergency address…</source>
        <translation>Notrufadresse wird entfernt…</translation>
    </message>
    <message>
        <source>The emergency address was removed. 911 dispatch no longer receives an address for this number.</source>
        <translation>Die Notrufadresse wurde entfernt. Die 911-Leitstelle erhält für diese Nummer keine Adresse mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Saving in %n steps…</source>
        <translation>
            <numerusform>Speichern in %n Schritt…</numerusform>
            <numerusform>Speichern in %n Schritten…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>The server is busy (rate limit): waiting to send again…</source>
        <translation>Der Server ist ausgelastet (Ratenbegrenzung): Warten auf erneutes Senden…</translation>
    </message>
    <message>
        <source>No clear answer; reading the number back to see what happened…</source>
        <translation>Keine eindeutige Antwort; die Nummer wird erneut gelesen, um zu sehen, was passiert ist…</translation>
    </message>
    <message>
        <source>Press Refresh to see the number as it is now before saving again.</source>
        <translation>Klicken Sie auf „Aktualisieren“, um die Nummer im aktuellen Zustand zu sehen, bevor Sie erneut speichern.</translation>
    </message>
    <message>
        <source>Press Reload to check the emergency address before trying again.</source>
        <translation>Klicken Sie auf „Neu laden“, um die Notrufadresse zu prüfen, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Stopping: waiting for the outcome of the change in flight…</source>
        <translation>Wird beendet: Warten auf das Ergebnis der laufenden Änderung…</translation>
    </message>
</context>
<context>
    <name>nd::NumberList</name>
    <message>
        <source>the phoneNumber column is empty</source>
        <translation>die Spalte phoneNumber ist leer</translation>
    </message>
</context>
<context>
    <name>nd::NumbersClient</name>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB and was not read.</source>
        <translation>Die Antwort des Servers ist größer als %1 MiB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Could not get an access token: %1</source>
        <translation>Es konnte kein Zugriffstoken abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The authentication server rejected the access key (HTTP %1). Check the key id and key secret.</source>
        <translation>Der Authentifizierungsserver hat den Zugriffsschlüssel abgelehnt (HTTP %1). Prüfen Sie Schlüssel-ID und Schlüsselgeheimnis.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the URL and that the server is running.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie die URL und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be resolved. Check the URL and the network.</source>
        <translation>Der Hostname des Servers konnte nicht aufgelöst werden. Prüfen Sie die URL und das Netzwerk.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering. The request may still have been carried out: check the current state before retrying.</source>
        <translation>Der Server hat die Verbindung ohne Antwort geschlossen. Die Anfrage wurde möglicherweise trotzdem ausgeführt: Prüfen Sie den aktuellen Stand, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The connection was closed after the request was sent, before any answer. The request may still have been carried out: check the current state before retrying.</source>
        <translation>Die Verbindung wurde nach dem Senden der Anfrage geschlossen, bevor eine Antwort kam. Die Anfrage wurde möglicherweise trotzdem ausgeführt: Prüfen Sie den aktuellen Stand, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The proxy server failed: %1</source>
        <translation>Der Proxyserver ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
</context>
<context>
    <name>nd::OfferCheck</name>
    <message>
        <source>%1 is already one of your active numbers: someone else (another user or program of this project) rented it first. No rent was sent, so it is not charged a second time.</source>
        <translation>%1 gehört bereits zu Ihren aktiven Nummern: Jemand anderes (ein anderer Benutzer oder ein anderes Programm dieses Projekts) hat sie zuerst gemietet. Es wurde keine Miete gesendet, die Nummer wird also nicht ein zweites Mal berechnet.</translation>
    </message>
    <message>
        <source>%1 is no longer available: someone else may have rented it. Search again for another number.</source>
        <translation>%1 ist nicht mehr verfügbar: Vielleicht hat jemand anderes sie gemietet. Suchen Sie erneut nach einer anderen Nummer.</translation>
    </message>
</context>
<context>
    <name>nd::PhoneNumber</name>
    <message>
        <source>Enter a phone number in international format, for example +1 206 555 0100.</source>
        <translation>Geben Sie eine Rufnummer im internationalen Format ein, zum Beispiel +1 206 555 0100.</translation>
    </message>
    <message>
        <source>A phone number may contain only one &apos;+&apos;, at the start: &quot;%1&quot;.</source>
        <translation>Eine Rufnummer darf nur ein „+“ enthalten, und zwar am Anfang: „%1“.</translation>
    </message>
    <message>
        <source>The character %1 is not allowed in a phone number (&quot;%2&quot;).</source>
        <translation>Das Zeichen %1 ist in einer Rufnummer nicht erlaubt („%2“).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code: start with + and the country code, for example +1 206 555 0100.</source>
        <translation>„%1“ hat keine Ländervorwahl: Beginnen Sie mit + und der Ländervorwahl, zum Beispiel +1 206 555 0100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains no digits.</source>
        <translation>„%1“ enthält keine Ziffern.</translation>
    </message>
    <message>
        <source>A country code cannot start with 0 (&quot;%1&quot;).</source>
        <translation>Eine Ländervorwahl kann nicht mit 0 beginnen („%1“).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n digits; an international number has at most 15.</source>
        <translation>
            <numerusform>„%1“ hat %n Ziffer; eine internationale Nummer hat höchstens 15.</numerusform>
            <numerusform>„%1“ hat %n Ziffern; eine internationale Nummer hat höchstens 15.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>„%1“ ist zu kurz für eine Rufnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number of %2.</source>
        <translation>„%1“ ist keine Rufnummer der Region %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a country code in use (no country has the code +%2).</source>
        <translation>„%1“ beginnt nicht mit einer vergebenen Ländervorwahl (kein Land hat die Vorwahl +%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a number with country code +%2.</source>
        <translation>„%1“ ist zu kurz für eine Rufnummer mit der Ländervorwahl +%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a number with country code +%2.</source>
        <translation>„%1“ ist zu lang für eine Rufnummer mit der Ländervorwahl +%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the wrong number of digits for a number with country code +%2.</source>
        <translation>„%1“ hat die falsche Anzahl Ziffern für eine Rufnummer mit der Ländervorwahl +%2.</translation>
    </message>
</context>
<context>
    <name>nd::ProfileStore</name>
    <message>
        <source>Cannot read the profiles file %1: %2. Profiles will not be saved until this is fixed.</source>
        <translation>Die Profildatei %1 kann nicht gelesen werden: %2. Profile werden erst wieder gespeichert, wenn das behoben ist.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>ungültiges JSON an Position %1 (%2)</translation>
    </message>
    <message>
        <source>the content is not a JSON object</source>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; is not a list</source>
        <translation>„profiles“ ist keine Liste</translation>
    </message>
    <message>
        <source>The profiles file %1 was damaged (%2). It was kept as %3 and NumberDesk starts with the built-in Sandbox profile.</source>
        <translation>Die Profildatei %1 war beschädigt (%2). Sie wurde als %3 aufbewahrt, und NumberDesk startet mit dem eingebauten Sandbox-Profil.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged (%2) and could not be moved aside. Profiles will not be saved until it is fixed or removed.</source>
        <translation>Die Profildatei %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden. Profile werden erst wieder gespeichert, wenn sie korrigiert oder entfernt ist.</translation>
    </message>
    <message>
        <source>Profiles were not saved: the existing file %1 could not be read or moved aside, and saving would overwrite it.</source>
        <translation>Die Profile wurden nicht gespeichert: Die vorhandene Datei %1 konnte weder gelesen noch beiseitegelegt werden, und das Speichern würde sie überschreiben.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the profiles file.</source>
        <translation>Der Ordner %1 für die Profildatei kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot save the profiles file %1: %2</source>
        <translation>Die Profildatei %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Enter a profile name.</source>
        <translation>Geben Sie einen Profilnamen ein.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with spaces.</source>
        <translation>Ein Profilname darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message numerus="yes">
        <source>A profile name can have at most %n characters.</source>
        <translation>
            <numerusform>Ein Profilname darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Ein Profilname darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters or line breaks.</source>
        <translation>Ein Profilname darf keine Steuerzeichen oder Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of the built-in profile. Choose another name.</source>
        <translation>„%1“ ist der Name des eingebauten Profils. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The authentication URL &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Authentifizierungs-URL „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The Numbers API URL &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Numbers-API-URL „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The authentication URL must not contain a user name or password.</source>
        <translation>Die Authentifizierungs-URL darf weder Benutzernamen noch Passwort enthalten.</translation>
    </message>
    <message>
        <source>The Numbers API URL must not contain a user name or password.</source>
        <translation>Die Numbers-API-URL darf weder Benutzernamen noch Passwort enthalten.</translation>
    </message>
    <message>
        <source>The authentication URL &quot;%1&quot; uses unencrypted http. Use https; plain http is only allowed to this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>Die Authentifizierungs-URL „%1“ verwendet unverschlüsseltes http. Verwenden Sie https; http ist nur zu diesem Computer erlaubt (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The Numbers API URL &quot;%1&quot; uses unencrypted http. Use https; plain http is only allowed to this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>Die Numbers-API-URL „%1“ verwendet unverschlüsseltes http. Verwenden Sie https; http ist nur zu diesem Computer erlaubt (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The authentication URL &quot;%1&quot; must start with https://.</source>
        <translation>Die Authentifizierungs-URL „%1“ muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The Numbers API URL &quot;%1&quot; must start with https://.</source>
        <translation>Die Numbers-API-URL „%1“ muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile cannot be changed.</source>
        <translation>Das eingebaute Sandbox-Profil kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Enter a project ID.</source>
        <translation>Geben Sie eine Projekt-ID ein.</translation>
    </message>
    <message>
        <source>The project ID &quot;%1&quot; is not valid: use only letters, digits, &apos;-&apos; and &apos;_&apos; (at most 128).</source>
        <translation>Die Projekt-ID „%1“ ist ungültig: Verwenden Sie nur Buchstaben, Ziffern, „-“ und „_“ (höchstens 128).</translation>
    </message>
    <message>
        <source>Enter a key ID.</source>
        <translation>Geben Sie eine Schlüssel-ID ein.</translation>
    </message>
    <message>
        <source>The key ID cannot contain &apos;:&apos;, control characters or leading/trailing spaces.</source>
        <translation>Die Schlüssel-ID darf weder „:“ noch Steuerzeichen oder Leerzeichen am Anfang oder Ende enthalten.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile cannot be renamed.</source>
        <translation>Das eingebaute Sandbox-Profil kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>Parallel sync requests must be a number from 1 to %1.</source>
        <translation>Parallele Sync-Anfragen muss eine Zahl von 1 bis %1 sein.</translation>
    </message>
</context>
<context>
    <name>nd::RegionModel</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Number types</source>
        <translation>Nummerntypen</translation>
    </message>
</context>
<context>
    <name>nd::ReleaseDialog</name>
    <message numerus="yes">
        <source>Release %n Number(s)</source>
        <translation>
            <numerusform>%n Nummer freigeben</numerusform>
            <numerusform>%n Nummern freigeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Release %n Number(s)</source>
        <translation>
            <numerusform>%n Nummer &amp;freigeben</numerusform>
            <numerusform>%n Nummern &amp;freigeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Already releasing on %1; skipped</source>
        <translation>Wird bereits zum %1 freigegeben; übersprungen</translation>
    </message>
    <message>
        <source>Recurring charges that stop: %1.</source>
        <translation>Entfallende wiederkehrende Kosten: %1.</translation>
    </message>
    <message>
        <source>Not included (amount not understood): %1.</source>
        <translation>Nicht enthalten (Betrag nicht verständlich): %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Release %n number(s)? Each number stays yours until the end of its paid period and then goes back to Sinch&apos;s inventory, where anyone can rent it.</source>
        <translation>
            <numerusform>%n Nummer freigeben? Jede Nummer gehört Ihnen bis zum Ende ihres bezahlten Zeitraums und geht dann zurück in den Bestand von Sinch, wo jeder sie mieten kann.</numerusform>
            <numerusform>%n Nummern freigeben? Jede Nummer gehört Ihnen bis zum Ende ihres bezahlten Zeitraums und geht dann zurück in den Bestand von Sinch, wo jeder sie mieten kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone: there is no way to cancel a release. Calls and messages to a released number will stop reaching you after its expiry date.</source>
        <translation>Das lässt sich nicht rückgängig machen: Eine Freigabe kann nicht widerrufen werden. Anrufe und Nachrichten an eine freigegebene Nummer erreichen Sie nach ihrem Ablaufdatum nicht mehr.</translation>
    </message>
    <message>
        <source>To confirm, type the number of numbers to release (%1):</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der freizugebenden Nummern ein (%1):</translation>
    </message>
    <message>
        <source>Every selected number is already being released.</source>
        <translation>Alle gewählten Nummern werden bereits freigegeben.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>Wird freigegeben…</translation>
    </message>
    <message>
        <source>Released: stays active until %1</source>
        <translation>Freigegeben: bleibt aktiv bis %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Retry the Ones &amp;Not Done</source>
        <translation>&amp;Nicht erledigte wiederholen</translation>
    </message>
    <message>
        <source>Recurring charges that stopped: %1.</source>
        <translation>Entfallene wiederkehrende Kosten: %1.</translation>
    </message>
    <message>
        <source>No recurring charge stopped.</source>
        <translation>Es sind keine wiederkehrenden Kosten entfallen.</translation>
    </message>
    <message>
        <source>Stop after the numbers being released now; the others are not released</source>
        <translation>Nach den gerade freigegebenen Nummern aufhören; die übrigen werden nicht freigegeben</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Not done (can be retried)</source>
        <translation>Nicht erledigt (wiederholbar)</translation>
    </message>
    <message>
        <source>Outcome unknown: check it</source>
        <translation>Ergebnis unbekannt: bitte prüfen</translation>
    </message>
    <message>
        <source>Not sent (stopped)</source>
        <translation>Nicht gesendet (abgebrochen)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n number(s) released by you.</source>
        <translation>
            <numerusform>%1 von %n Nummer von Ihnen freigegeben.</numerusform>
            <numerusform>%1 von %n Nummern von Ihnen freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry the %n Not Done</source>
        <translation>
            <numerusform>%n nicht erledigte wiederholen</numerusform>
            <numerusform>%n nicht erledigte wiederholen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) were already released or gone (not by you): nothing stopped for them.</source>
        <translation>
            <numerusform>%n Nummer war bereits freigegeben oder weg (nicht durch Sie): Für sie ist nichts entfallen.</numerusform>
            <numerusform>%n Nummern waren bereits freigegeben oder weg (nicht durch Sie): Für sie ist nichts entfallen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) were certainly not released: “Retry the Not Done” sends exactly those again.</source>
        <translation>
            <numerusform>%n Nummer wurde sicher nicht freigegeben: „Nicht erledigte wiederholen“ sendet genau diese erneut.</numerusform>
            <numerusform>%n Nummern wurden sicher nicht freigegeben: „Nicht erledigte wiederholen“ sendet genau diese erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n number(s) the outcome could not be determined: %1. Check whether they show an expiry date (Active numbers, or Details) before releasing them again.</source>
        <translation>
            <numerusform>Für %n Nummer ließ sich das Ergebnis nicht ermitteln: %1. Prüfen Sie, ob sie ein Ablaufdatum hat (Aktive Nummern oder Details), bevor Sie sie erneut freigeben.</numerusform>
            <numerusform>Für %n Nummern ließ sich das Ergebnis nicht ermitteln: %1. Prüfen Sie, ob sie ein Ablaufdatum haben (Aktive Nummern oder Details), bevor Sie sie erneut freigeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) were not released; hover over the Result column to see why.</source>
        <translation>
            <numerusform>%n Nummer wurde nicht freigegeben; zeigen Sie auf die Spalte „Ergebnis“, um den Grund zu sehen.</numerusform>
            <numerusform>%n Nummern wurden nicht freigegeben; zeigen Sie auf die Spalte „Ergebnis“, um den Grund zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the numbers being released now…</source>
        <translation>Wird nach den gerade freigegebenen Nummern beendet…</translation>
    </message>
    <message>
        <source>Emergency addresses</source>
        <translation>Notrufadressen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This number has a provisioned emergency (E911) address, which goes with the number when it is released:</source>
        <translation>Diese Nummer hat eine bereitgestellte Notrufadresse (E911), die bei der Freigabe zusammen mit der Nummer wegfällt:</translation>
    </message>
    <message numerus="yes">
        <source>%n of these numbers have a provisioned emergency (E911) address, which goes with the number when it is released:</source>
        <translation>
            <numerusform>%n dieser Nummern hat eine bereitgestellte Notrufadresse (E911), die bei der Freigabe zusammen mit der Nummer wegfällt:</numerusform>
            <numerusform>%n dieser Nummern haben eine bereitgestellte Notrufadresse (E911), die bei der Freigabe zusammen mit der jeweiligen Nummer wegfällt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check whether %1 has an emergency address.</source>
        <translation>Es konnte nicht geprüft werden, ob %1 eine Notrufadresse hat.</translation>
    </message>
</context>
<context>
    <name>nd::RentDialog</name>
    <message>
        <source>&amp;Rent…</source>
        <translation>&amp;Mieten…</translation>
    </message>
    <message>
        <source>Rent %1</source>
        <translation>%1 mieten</translation>
    </message>
    <message>
        <source>Rent Any Matching Number</source>
        <translation>Beliebige passende Nummer mieten</translation>
    </message>
    <message>
        <source>Any matching number</source>
        <translation>Beliebige passende Nummer</translation>
    </message>
    <message>
        <source>Any %1 number in %2</source>
        <translation>Beliebige %1-Nummer in %2</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>passend zu „%1“</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Any capabilities</source>
        <translation>Beliebige Fähigkeiten</translation>
    </message>
    <message>
        <source>Must support: %1</source>
        <translation>Muss unterstützen: %1</translation>
    </message>
    <message>
        <source>“Rent any number” works only for local numbers in the United States (US). Search for a number in %1 and rent it instead.</source>
        <translation>„Beliebige Nummer mieten“ funktioniert nur für Ortsnetznummern in den Vereinigten Staaten (US). Suchen Sie stattdessen eine Nummer in %1 und mieten Sie diese.</translation>
    </message>
    <message>
        <source>a %1 number in %2</source>
        <translation>eine %1-Nummer in %2</translation>
    </message>
    <message>
        <source>You will be charged a one-off setup fee of %1 and %2 until you release the number.</source>
        <translation>Ihnen werden einmalig %1 Einrichtungsgebühr sowie %2 berechnet, bis Sie die Nummer freigeben.</translation>
    </message>
    <message>
        <source>%1, %2 in %3</source>
        <translation>%1, %2 in %3</translation>
    </message>
    <message>
        <source>This number needs supporting (regulatory) documents before it can be used.</source>
        <translation>Diese Nummer braucht (behördliche) Nachweisdokumente, bevor sie genutzt werden kann.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Checking that %1 is still available…</source>
        <translation>Es wird geprüft, ob %1 noch verfügbar ist…</translation>
    </message>
    <message>
        <source>Available. Review the price and configuration, then press Rent.</source>
        <translation>Verfügbar. Prüfen Sie Preis und Konfiguration und klicken Sie dann auf „Mieten“.</translation>
    </message>
    <message>
        <source>Stopped before the price was confirmed.</source>
        <translation>Abgebrochen, bevor der Preis bestätigt war.</translation>
    </message>
    <message>
        <source>Could not confirm availability and price; the number cannot be rented until they are confirmed.</source>
        <translation>Verfügbarkeit und Preis konnten nicht bestätigt werden; die Nummer kann erst nach der Bestätigung gemietet werden.</translation>
    </message>
    <message>
        <source>Looking up the current price of matching numbers…</source>
        <translation>Der aktuelle Preis passender Nummern wird ermittelt…</translation>
    </message>
    <message>
        <source>Could not look up the price; nothing can be rented until it is known.</source>
        <translation>Der Preis konnte nicht ermittelt werden; solange er unbekannt ist, kann nichts gemietet werden.</translation>
    </message>
    <message>
        <source>No matching number is available right now.</source>
        <translation>Derzeit ist keine passende Nummer verfügbar.</translation>
    </message>
    <message>
        <source>Matching numbers have different prices; the highest current price is shown. The number you get may cost less.</source>
        <translation>Passende Nummern haben unterschiedliche Preise; angezeigt wird der höchste aktuelle Preis. Ihre Nummer kann günstiger sein.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching number(s) available. You cannot choose which one you get.</source>
        <translation>
            <numerusform>%n passende Nummer verfügbar. Sie können nicht wählen, welche Sie erhalten.</numerusform>
            <numerusform>%n passende Nummern verfügbar. Sie können nicht wählen, welche Sie erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rent any matching number?</source>
        <translation>Beliebige passende Nummer mieten?</translation>
    </message>
    <message>
        <source>Rent %1?</source>
        <translation>%1 mieten?</translation>
    </message>
    <message>
        <source>You cannot choose which number you get.</source>
        <translation>Sie können nicht wählen, welche Nummer Sie erhalten.</translation>
    </message>
    <message>
        <source>Confirm Rent</source>
        <translation>Miete bestätigen</translation>
    </message>
    <message>
        <source>&amp;Rent and Pay</source>
        <translation>&amp;Mieten und bezahlen</translation>
    </message>
    <message>
        <source>Renting %1…</source>
        <translation>%1 wird gemietet…</translation>
    </message>
    <message>
        <source>Preparing: listing your current numbers so the result can be verified…</source>
        <translation>Vorbereitung: Ihre aktuellen Nummern werden aufgelistet, damit sich das Ergebnis überprüfen lässt…</translation>
    </message>
    <message>
        <source>Renting a matching number…</source>
        <translation>Eine passende Nummer wird gemietet…</translation>
    </message>
    <message>
        <source>Nothing was rented.</source>
        <translation>Es wurde nichts gemietet.</translation>
    </message>
    <message>
        <source>%1 is now rented. Next charge: %2.</source>
        <translation>%1 ist jetzt gemietet. Nächste Abrechnung: %2.</translation>
    </message>
    <message>
        <source>The configuration is applied in the background:</source>
        <translation>Die Konfiguration wird im Hintergrund angewendet:</translation>
    </message>
    <message>
        <source>Rented %1.</source>
        <translation>%1 gemietet.</translation>
    </message>
    <message>
        <source>Checking whether %1 was rented…</source>
        <translation>Es wird geprüft, ob %1 gemietet wurde…</translation>
    </message>
    <message>
        <source>Unknown whether %1 was rented.</source>
        <translation>Unbekannt, ob %1 gemietet wurde.</translation>
    </message>
    <message>
        <source>Please wait until the check finishes, or press Stop.</source>
        <translation>Bitte warten Sie, bis die Prüfung abgeschlossen ist, oder klicken Sie auf „Stopp“.</translation>
    </message>
    <message>
        <source>Not rented by you: it already belongs to this project.</source>
        <translation>Nicht von Ihnen gemietet: Die Nummer gehört bereits zu diesem Projekt.</translation>
    </message>
    <message>
        <source>The server is busy (rate limit): waiting to send the rent again. Nothing has been rented yet.</source>
        <translation>Der Server ist ausgelastet (Ratenbegrenzung): Warten auf erneutes Senden der Miete. Bisher wurde nichts gemietet.</translation>
    </message>
    <message>
        <source>No clear answer from the server. Checking whether the rent went through; it will not be sent again.</source>
        <translation>Keine eindeutige Antwort vom Server. Es wird geprüft, ob die Miete durchgegangen ist; sie wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Press “Check again” to read the state once more; nothing is sent.</source>
        <translation>Klicken Sie auf „Erneut prüfen“, um den Zustand noch einmal zu lesen; es wird nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>nd::RentSteps</name>
    <message>
        <source>%1: could not be checked (%2); left out.</source>
        <translation>%1: konnte nicht geprüft werden (%2); ausgelassen.</translation>
    </message>
    <message>
        <source>Left out.</source>
        <translation>Ausgelassen.</translation>
    </message>
</context>
<context>
    <name>nd::SearchPanel</name>
    <message>
        <source>Note about the digit pattern</source>
        <translation>Hinweis zum Ziffernmuster</translation>
    </message>
    <message>
        <source>“%1” was cleared: numbers of %2 start with +%3.</source>
        <translation>„%1“ wurde entfernt: Nummern in %2 beginnen mit +%3.</translation>
    </message>
    <message>
        <source>“%1” cannot match: numbers of %2 start with +%3. Leave out the country code or use +%3.</source>
        <translation>„%1“ kann keine Treffer liefern: Nummern in %2 beginnen mit +%3. Lassen Sie die Ländervorwahl weg oder verwenden Sie +%3.</translation>
    </message>
    <message>
        <source>Results of the previous search (%1). Press Search to update them.</source>
        <translation>Ergebnisse der vorherigen Suche (%1). Klicken Sie auf „Suchen“, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>starting with %1</source>
        <translation>beginnt mit %1</translation>
    </message>
    <message>
        <source>ending with %1</source>
        <translation>endet mit %1</translation>
    </message>
    <message>
        <source>containing %1</source>
        <translation>enthält %1</translation>
    </message>
    <message numerus="yes">
        <source>at most %n</source>
        <translation>
            <numerusform>höchstens %n</numerusform>
            <numerusform>höchstens %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a region on the left, then Search.</source>
        <translation>Wählen Sie links eine Region aus und klicken Sie dann auf „Suchen“.</translation>
    </message>
    <message>
        <source>Press Search to list the available numbers of %1.</source>
        <translation>Klicken Sie auf „Suchen“, um die verfügbaren Nummern in %1 aufzulisten.</translation>
    </message>
</context>
<context>
    <name>nd::SecretStore</name>
    <message numerus="yes">
        <source>The system keychain is not available: it did not answer within %n s.</source>
        <translation>
            <numerusform>Der Systemschlüsselbund ist nicht verfügbar: Er hat nicht innerhalb von %n s geantwortet.</numerusform>
            <numerusform>Der Systemschlüsselbund ist nicht verfügbar: Er hat nicht innerhalb von %n s geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation>Die Geheimnisdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The secret file %1 is damaged. Fix or remove it, then enter the key secret again.</source>
        <translation>Die Geheimnisdatei %1 ist beschädigt. Korrigieren oder entfernen Sie sie und geben Sie dann das Schlüsselgeheimnis erneut ein.</translation>
    </message>
    <message>
        <source>Cannot save the secret file %1: %2</source>
        <translation>Die Geheimnisdatei %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>No key secret is stored for the profile &quot;%1&quot;.</source>
        <translation>Für das Profil „%1“ ist kein Schlüsselgeheimnis gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain returned a different value than was stored.</source>
        <translation>Der Systemschlüsselbund lieferte einen anderen Wert als den gespeicherten.</translation>
    </message>
    <message>
        <source>The system keychain was not used: its password prompt was cancelled.</source>
        <translation>Der Systemschlüsselbund wurde nicht verwendet: Seine Passwortabfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>nd::SendTestTab</name>
    <message>
        <source>Se&amp;nd</source>
        <translation>Se&amp;nden</translation>
    </message>
    <message>
        <source>Your endpoint, e.g. http://127.0.0.1:8080/sinch/numbers</source>
        <translation>Ihr Endpunkt, z. B. http://127.0.0.1:8080/sinch/numbers</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>Nu&amp;mmer:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable phone number: %2</source>
        <translation>„%1“ ist keine verwendbare Rufnummer: %2</translation>
    </message>
    <message>
        <source>Send a test callback?</source>
        <translation>Test-Callback senden?</translation>
    </message>
    <message>
        <source>Send a signed test event to %1? It is signed with the project&apos;s real secret.</source>
        <translation>Ein signiertes Testereignis an %1 senden? Es wird mit dem echten Geheimnis des Projekts signiert.</translation>
    </message>
    <message>
        <source>Not connected: the project&apos;s secret cannot be read.</source>
        <translation>Nicht verbunden: Das Geheimnis des Projekts kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Reading the project&apos;s callback secret…</source>
        <translation>Das Callback-Geheimnis des Projekts wird gelesen…</translation>
    </message>
    <message>
        <source>The project&apos;s callback secret could not be read: %1</source>
        <translation>Das Callback-Geheimnis des Projekts konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>Answer: HTTP %1 %2 in %3 ms</source>
        <translation>Antwort: HTTP %1 %2 in %3 ms</translation>
    </message>
    <message>
        <source>A receiver should answer 2xx to a callback it accepts; Sinch retries the others.</source>
        <translation>Ein Empfänger sollte auf einen angenommenen Callback mit 2xx antworten; bei allen anderen wiederholt Sinch den Versand.</translation>
    </message>
</context>
<context>
    <name>nd::SessionController</name>
    <message>
        <source>Waiting for the keychain: answer the password prompt of your desktop.</source>
        <translation>Warten auf den Schlüsselbund: Beantworten Sie die Passwortabfrage Ihres Desktops.</translation>
    </message>
    <message>
        <source>Reading the key secret…</source>
        <translation>Schlüsselgeheimnis wird gelesen…</translation>
    </message>
    <message>
        <source>Profile “%1” has no usable key secret: %2
Open File → Settings to enter it.</source>
        <translation>Das Profil „%1“ hat kein brauchbares Schlüsselgeheimnis: %2
Öffnen Sie Datei → Einstellungen, um es einzugeben.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Die eingebaute Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Profile “%1” cannot be used: %2
Open File → Settings to fix it.</source>
        <translation>Das Profil „%1“ ist nicht verwendbar: %2
Öffnen Sie Datei → Einstellungen, um es zu korrigieren.</translation>
    </message>
</context>
<context>
    <name>nd::SettingsDialog</name>
    <message>
        <source>OAuth2 (recommended)</source>
        <translation>OAuth2 (empfohlen)</translation>
    </message>
    <message>
        <source>Basic (testing only; heavily rate-limited)</source>
        <translation>Basic (nur zum Testen; stark ratenbegrenzt)</translation>
    </message>
    <message>
        <source>Stored securely; type to replace</source>
        <translation>Sicher gespeichert; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Hide the key secret</source>
        <translation>Schlüsselgeheimnis verbergen</translation>
    </message>
    <message>
        <source>Show the key secret</source>
        <translation>Schlüsselgeheimnis anzeigen</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <source>Shown once when the key is created</source>
        <translation>Wird einmalig beim Anlegen des Schlüssels angezeigt</translation>
    </message>
    <message>
        <source>Warning: the key secret of this profile is stored in %1, a file readable only by you. That is less protected than the system keychain.</source>
        <translation>Warnung: Das Schlüsselgeheimnis dieses Profils ist in %1 gespeichert, einer nur für Sie lesbaren Datei. Das ist weniger geschützt als der Systemschlüsselbund.</translation>
    </message>
    <message>
        <source>The key secret of this profile is kept only until NumberDesk quits.</source>
        <translation>Das Schlüsselgeheimnis dieses Profils wird nur bis zum Beenden von NumberDesk aufbewahrt.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Neues Profil %1</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation>Das Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its stored key secret is deleted too. The Sinch project and its numbers are not affected.</source>
        <translation>Sein gespeichertes Schlüsselgeheimnis wird ebenfalls gelöscht. Das Sinch-Projekt und seine Nummern sind nicht betroffen.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The profile was removed, but its secret could not be deleted: %1</source>
        <translation>Das Profil wurde entfernt, aber sein Geheimnis konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The stored key secret could not be moved to the new name: %1</source>
        <translation>Das gespeicherte Schlüsselgeheimnis konnte nicht auf den neuen Namen übertragen werden: %1</translation>
    </message>
    <message>
        <source>Profile “%1” saved; its key secret is in the system keychain.</source>
        <translation>Profil „%1“ gespeichert; sein Schlüsselgeheimnis liegt im Systemschlüsselbund.</translation>
    </message>
    <message>
        <source>Keychain Unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>The key secret of “%1” cannot be stored in the system keychain.</source>
        <translation>Das Schlüsselgeheimnis von „%1“ kann nicht im Systemschlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <source>%1

You can keep the secret only until NumberDesk quits (you will have to enter it again next time), or store it in a file that only your user account can read (%2). The file is not encrypted.</source>
        <translation>%1

Sie können das Geheimnis nur bis zum Beenden von NumberDesk behalten (beim nächsten Mal müssen Sie es erneut eingeben) oder in einer Datei speichern, die nur Ihr Benutzerkonto lesen kann (%2). Die Datei ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Keep for This &amp;Session Only</source>
        <translation>Nur für diese &amp;Sitzung</translation>
    </message>
    <message>
        <source>Store in a &amp;File Only I Can Read</source>
        <translation>In einer nur für mich lesbaren &amp;Datei speichern</translation>
    </message>
    <message>
        <source>Profile “%1” was saved without its key secret. Enter the secret again to use the profile.</source>
        <translation>Profil „%1“ wurde ohne sein Schlüsselgeheimnis gespeichert. Geben Sie das Geheimnis erneut ein, um das Profil zu verwenden.</translation>
    </message>
    <message>
        <source>Profile “%1” saved. Its key secret is in a file readable only by you: less protected than the system keychain.</source>
        <translation>Profil „%1“ gespeichert. Sein Schlüsselgeheimnis liegt in einer nur für Sie lesbaren Datei: weniger geschützt als der Systemschlüsselbund.</translation>
    </message>
    <message>
        <source>Profile “%1” saved. Its key secret is kept until NumberDesk quits.</source>
        <translation>Profil „%1“ gespeichert. Sein Schlüsselgeheimnis wird bis zum Beenden von NumberDesk aufbewahrt.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <source>Not tested.</source>
        <translation>Nicht getestet.</translation>
    </message>
    <message numerus="yes">
        <source>Connection works: %n region(s) available.</source>
        <translation>
            <numerusform>Verbindung funktioniert: %n Region verfügbar.</numerusform>
            <numerusform>Verbindung funktioniert: %n Regionen verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection failed.</source>
        <translation>Verbindung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Waiting for the keychain: answer the password prompt of your desktop.</source>
        <translation>Warten auf den Schlüsselbund: Beantworten Sie die Passwortabfrage Ihres Desktops.</translation>
    </message>
    <message>
        <source>Not needed for the Sandbox</source>
        <translation>Für das Sandbox-Profil nicht nötig</translation>
    </message>
    <message>
        <source>Stored in a file; type to replace</source>
        <translation>In einer Datei gespeichert; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>Kept until NumberDesk quits; type to replace</source>
        <translation>Bis zum Beenden von NumberDesk aufbewahrt; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>How many pages of the inventory are requested at once when the local mirror is synced. %1 suits most connections; over a slow or distant one, up to %2 makes the sync faster. When the server limits the request rate, the sync slows down by itself.</source>
        <translation>Wie viele Seiten des Bestands gleichzeitig angefordert werden, wenn die lokale Kopie synchronisiert wird. %1 passt für die meisten Verbindungen; bei einer langsamen oder weit entfernten Verbindung macht ein Wert bis %2 die Synchronisierung schneller. Begrenzt der Server die Anfragerate, verlangsamt sich die Synchronisierung von selbst.</translation>
    </message>
</context>
<context>
    <name>nd::SignatureCheckTab</name>
    <message>
        <source>The request body exactly as received: every byte counts, even a final newline</source>
        <translation>Der Anfrage-Body genau wie empfangen: Jedes Byte zählt, auch ein abschließender Zeilenumbruch</translation>
    </message>
    <message>
        <source>The X-Sinch-Signature header value (40 hexadecimal digits)</source>
        <translation>Der Wert des Headers X-Sinch-Signature (40 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>The project&apos;s HMAC secret</source>
        <translation>Das HMAC-Geheimnis des Projekts</translation>
    </message>
    <message>
        <source>Optional: the previous secret, during a rotation</source>
        <translation>Optional: das vorherige Geheimnis, während eines Wechsels</translation>
    </message>
    <message>
        <source>Raw &amp;body:</source>
        <translation>Unveränderter &amp;Body:</translation>
    </message>
    <message>
        <source>&amp;Signature header:</source>
        <translation>&amp;Signatur-Header:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>G&amp;eheimnis:</translation>
    </message>
    <message>
        <source>&amp;Previous secret:</source>
        <translation>&amp;Vorheriges Geheimnis:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Urteil:</translation>
    </message>
    <message>
        <source>Expected signature:</source>
        <translation>Erwartete Signatur:</translation>
    </message>
    <message>
        <source>Enter the secret to check the signature.</source>
        <translation>Geben Sie das Geheimnis ein, um die Signatur zu prüfen.</translation>
    </message>
</context>
<context>
    <name>nd::SmsErrorText</name>
    <message>
        <source>No specific reason was given</source>
        <translation>Es wurde kein bestimmter Grund angegeben</translation>
    </message>
    <message>
        <source>Sinch had an internal failure</source>
        <translation>Interner Fehler bei Sinch</translation>
    </message>
    <message>
        <source>Linking the number to the SMS service plan failed</source>
        <translation>Die Verknüpfung der Nummer mit dem SMS-Serviceplan ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Linking the number to the 10DLC campaign failed</source>
        <translation>Die Verknüpfung der Nummer mit der 10DLC-Kampagne ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The 10DLC campaign is not available</source>
        <translation>Die 10DLC-Kampagne ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The 10DLC number limit has been reached</source>
        <translation>Das 10DLC-Nummernlimit ist erreicht</translation>
    </message>
    <message>
        <source>Provisioning the number failed</source>
        <translation>Die Bereitstellung der Nummer ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>A partner service is unavailable; try again later</source>
        <translation>Ein Partnerdienst ist nicht erreichbar; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>The 10DLC campaign has not been accepted yet</source>
        <translation>Die 10DLC-Kampagne wurde noch nicht angenommen</translation>
    </message>
    <message>
        <source>Sharing the campaign with the mobile operators failed</source>
        <translation>Die Weitergabe der Kampagne an die Mobilfunkbetreiber ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The 10DLC campaign has expired</source>
        <translation>Die 10DLC-Kampagne ist abgelaufen</translation>
    </message>
    <message>
        <source>A mobile operator rejected the campaign</source>
        <translation>Ein Mobilfunkbetreiber hat die Kampagne abgelehnt</translation>
    </message>
    <message>
        <source>A mobile operator suspended the campaign</source>
        <translation>Ein Mobilfunkbetreiber hat die Kampagne ausgesetzt</translation>
    </message>
    <message>
        <source>The campaign is under review by a mobile operator</source>
        <translation>Die Kampagne wird von einem Mobilfunkbetreiber geprüft</translation>
    </message>
    <message>
        <source>The account balance is too low to pay the fees</source>
        <translation>Das Kontoguthaben reicht für die Gebühren nicht aus</translation>
    </message>
    <message>
        <source>Test (mock) campaigns are not allowed</source>
        <translation>Test-Kampagnen (Mock) sind nicht erlaubt</translation>
    </message>
    <message>
        <source>Toll-free numbers are not allowed for this</source>
        <translation>Gebührenfreie Nummern sind hierfür nicht erlaubt</translation>
    </message>
    <message>
        <source>The NNID is invalid</source>
        <translation>Die NNID ist ungültig</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>nd::SmsVoiceConfigWidget</name>
    <message>
        <source>Voice API app (RTC)</source>
        <translation>Voice-API-Anwendung (RTC)</translation>
    </message>
    <message>
        <source>Elastic SIP trunk (EST)</source>
        <translation>Elastic-SIP-Trunk (EST)</translation>
    </message>
    <message>
        <source>Fax service (FAX)</source>
        <translation>Faxdienst (FAX)</translation>
    </message>
    <message>
        <source>Trunk &amp;ID:</source>
        <translation>Trunk-&amp;ID:</translation>
    </message>
    <message>
        <source>Elastic SIP trunk ID</source>
        <translation>Elastic-SIP-Trunk-ID</translation>
    </message>
    <message>
        <source>The SIP trunk that receives the calls</source>
        <translation>Der SIP-Trunk, der die Anrufe empfängt</translation>
    </message>
    <message>
        <source>Service &amp;ID:</source>
        <translation>Dienst-&amp;ID:</translation>
    </message>
    <message>
        <source>Fax service ID</source>
        <translation>Faxdienst-ID</translation>
    </message>
    <message>
        <source>The Fax API service that receives faxes</source>
        <translation>Der Fax-API-Dienst, der die Faxe empfängt</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>App-&amp;ID:</translation>
    </message>
    <message>
        <source>Voice API app ID</source>
        <translation>Voice-API-Anwendungs-ID</translation>
    </message>
    <message>
        <source>The Voice API application that handles the calls</source>
        <translation>Die Voice-API-Anwendung, die die Anrufe bearbeitet</translation>
    </message>
    <message>
        <source>Enter the service plan ID, or switch SMS off.</source>
        <translation>Geben Sie die Serviceplan-ID ein oder schalten Sie SMS aus.</translation>
    </message>
    <message>
        <source>A campaign can only be linked together with a service plan: enter the service plan ID.</source>
        <translation>Eine Kampagne kann nur zusammen mit einem Serviceplan verknüpft werden: Geben Sie die Serviceplan-ID ein.</translation>
    </message>
    <message>
        <source>IDs cannot contain spaces.</source>
        <translation>IDs dürfen keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter the ID of the %1, or switch voice off.</source>
        <translation>Geben Sie die ID für „%1“ ein oder schalten Sie Sprache aus.</translation>
    </message>
    <message>
        <source>The callback URL must be a web address starting with https:// (or http://) followed by a host name.</source>
        <translation>Die Callback-URL muss eine Webadresse sein, die mit https:// (oder http://) beginnt, gefolgt von einem Hostnamen.</translation>
    </message>
</context>
<context>
    <name>nd::cli::ActivityCommand</name>
    <message>
        <source>the activity log cannot be read: %1</source>
        <translation>das Aktivitätsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the activity log could not be exported: %1</source>
        <translation>das Aktivitätsprotokoll konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Cost effect</source>
        <translation>Kostenwirkung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No recorded actions match (activity log: %1).</source>
        <translation>Keine aufgezeichneten Aktionen passen (Aktivitätsprotokoll: %1).</translation>
    </message>
</context>
<context>
    <name>nd::cli::BillableCommands</name>
    <message>
        <source>  SMS service plan: unlink</source>
        <translation>  SMS-Serviceplan: Verknüpfung aufheben</translation>
    </message>
    <message>
        <source>  SMS service plan: %1</source>
        <translation>  SMS-Serviceplan: %1</translation>
    </message>
    <message>
        <source>  10DLC campaign: unlink</source>
        <translation>  10DLC-Kampagne: Verknüpfung aufheben</translation>
    </message>
    <message>
        <source>  10DLC campaign: %1</source>
        <translation>  10DLC-Kampagne: %1</translation>
    </message>
    <message>
        <source>  Voice (%1): unlink</source>
        <translation>  Sprache (%1): Verknüpfung aufheben</translation>
    </message>
    <message>
        <source>  Voice (%1): %2</source>
        <translation>  Sprache (%1): %2</translation>
    </message>
    <message>
        <source>  Callback URL: remove</source>
        <translation>  Callback-URL: entfernen</translation>
    </message>
    <message>
        <source>  Callback URL: %1</source>
        <translation>  Callback-URL: %1</translation>
    </message>
    <message>
        <source>  Pattern: %1 anywhere in the number (CONTAINS)</source>
        <translation>  Muster: %1 an beliebiger Stelle der Nummer (CONTAINS)</translation>
    </message>
    <message>
        <source>  Pattern: number ends with %1 (END)</source>
        <translation>  Muster: Nummer endet auf %1 (END)</translation>
    </message>
    <message>
        <source>  Pattern: number starts with %1 (START)</source>
        <translation>  Muster: Nummer beginnt mit %1 (START)</translation>
    </message>
    <message>
        <source>Renting %1 (%2, %3, %4).
  Setup price: %5
  Then %6 every %7</source>
        <translation>%1 wird gemietet (%2, %3, %4).
  Einrichtungspreis: %5
  Danach %6 je %7</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>billing period</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>  Supporting (regulatory) documentation is required for this number.</source>
        <translation>  Für diese Nummer sind (behördliche) Nachweisdokumente erforderlich.</translation>
    </message>
    <message>
        <source>Renting any %1 %2 number.</source>
        <translation>Eine beliebige Nummer wird gemietet (%1, %2).</translation>
    </message>
    <message>
        <source>  Capabilities: %1</source>
        <translation>  Fähigkeiten: %1</translation>
    </message>
    <message>
        <source>  The number and its price are chosen by Sinch (see &apos;available search&apos; for typical prices); you are billed its setup and recurring price.</source>
        <translation>  Nummer und Preis wählt Sinch (typische Preise zeigt „available search“); Ihnen werden ihr Einrichtungspreis und ihr laufender Preis berechnet.</translation>
    </message>
    <message>
        <source>%1 already has these settings: nothing to change.</source>
        <translation>%1 hat diese Einstellungen bereits: Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>Updating %1:</source>
        <translation>%1 wird geändert:</translation>
    </message>
    <message numerus="yes">
        <source>  This takes %n requests: the API links a number to another service plan or campaign only after the old one was unlinked; until the new link is provisioned the number cannot send or receive SMS.</source>
        <translation>
            <numerusform>  Dazu ist %n Anfrage nötig: Die API verknüpft eine Nummer erst dann mit einem anderen Serviceplan oder einer anderen Kampagne, wenn die alte Verknüpfung aufgehoben wurde; bis die neue Verknüpfung bereitgestellt ist, kann die Nummer keine SMS senden oder empfangen.</numerusform>
            <numerusform>  Dazu sind %n Anfragen nötig: Die API verknüpft eine Nummer erst dann mit einem anderen Serviceplan oder einer anderen Kampagne, wenn die alte Verknüpfung aufgehoben wurde; bis die neue Verknüpfung bereitgestellt ist, kann die Nummer keine SMS senden oder empfangen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Releasing %1 (%2, %3%4).</source>
        <translation>%1 wird freigegeben (%2, %3%4).</translation>
    </message>
    <message>
        <source>  You currently pay %1 every %2.</source>
        <translation>  Sie zahlen derzeit %1 je %2.</translation>
    </message>
    <message>
        <source>  The number stays yours until the end of the paid period (%1), then it is returned to the inventory.</source>
        <translation>  Die Nummer gehört Ihnen bis zum Ende des bezahlten Zeitraums (%1) und geht dann zurück in den Bestand.</translation>
    </message>
    <message>
        <source>  The number stays yours until the end of the paid period, then it is returned to the inventory.</source>
        <translation>  Die Nummer gehört Ihnen bis zum Ende des bezahlten Zeitraums und geht dann zurück in den Bestand.</translation>
    </message>
    <message>
        <source>  This cannot be undone.</source>
        <translation>  Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>  Note: it is already being released (expires %1).</source>
        <translation>  Hinweis: Die Nummer wird bereits freigegeben (Ablauf %1).</translation>
    </message>
    <message>
        <source>Setting the emergency address of %1 to:
  %2 (%3)
  Emergency services will be sent to this address. Tip: run &apos;emergency validate&apos; first.</source>
        <translation>Die Notrufadresse von %1 wird gesetzt auf:
  %2 (%3)
  Einsatzkräfte werden an diese Adresse geschickt. Tipp: Führen Sie zuerst „emergency validate“ aus.</translation>
    </message>
    <message>
        <source>  It replaces: %1</source>
        <translation>  Sie ersetzt: %1</translation>
    </message>
    <message>
        <source>%1 has no emergency address: nothing to remove.</source>
        <translation>%1 hat keine Notrufadresse: Es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <source>Removing the emergency address of %1:
  %2
  Emergency calls from this number will have no dispatch address.</source>
        <translation>Die Notrufadresse von %1 wird entfernt:
  %2
  Notrufe von dieser Nummer haben dann keine Einsatzadresse.</translation>
    </message>
    <message>
        <source>the HMAC secret must be 32 to 64 characters of A-Z, a-z, 0-9 and - (the one given has length %1)</source>
        <translation>das HMAC-Geheimnis muss 32 bis 64 Zeichen aus A-Z, a-z, 0-9 und - haben (das angegebene hat die Länge %1)</translation>
    </message>
    <message>
        <source>Replacing the callback HMAC secret of project %1.
  Receivers still verifying signatures with the old secret will reject new events until they are updated.</source>
        <translation>Das Callback-HMAC-Geheimnis des Projekts %1 wird ersetzt.
  Empfänger, die Signaturen noch mit dem alten Geheimnis prüfen, lehnen neue Ereignisse ab, bis sie aktualisiert sind.</translation>
    </message>
</context>
<context>
    <name>nd::cli::BulkCommands</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2: &apos;%3&apos;: %4</source>
        <translation>%1:%2: „%3“: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 are not usable phone numbers: nothing was started</source>
        <translation>
            <numerusform>%n Zeile von %1 ist keine verwendbare Rufnummer: Es wurde nichts gestartet</numerusform>
            <numerusform>%n Zeilen von %1 sind keine verwendbaren Rufnummern: Es wurde nichts gestartet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no phone numbers: nothing was started</source>
        <translation>%1 enthält keine Rufnummern: Es wurde nichts gestartet</translation>
    </message>
    <message>
        <source>there is no local inventory yet at %1: run &apos;numberdesk-cli inventory sync&apos; first (with the same connection options)</source>
        <translation>unter %1 gibt es noch keinen lokalen Bestand: Führen Sie zuerst „numberdesk-cli inventory sync“ aus (mit denselben Verbindungsoptionen)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 every %2</source>
        <translation>%1 alle %2</translation>
    </message>
    <message>
        <source>already so: nothing to send</source>
        <translation>bereits so: nichts zu senden</translation>
    </message>
    <message>
        <source>release: stops %1</source>
        <translation>Freigabe: %1 entfällt</translation>
    </message>
    <message>
        <source>rent: setup %1, then %2</source>
        <translation>Miete: Einrichtung %1, dann %2</translation>
    </message>
    <message>
        <source>remove the emergency address</source>
        <translation>die Notrufadresse entfernen</translation>
    </message>
    <message>
        <source>  Setup prices: %1</source>
        <translation>  Einrichtungsgebühren: %1</translation>
    </message>
    <message>
        <source>  Recurring prices that start: %1</source>
        <translation>  Wiederkehrende Preise, die beginnen: %1</translation>
    </message>
    <message>
        <source>  Recurring prices that stop: %1</source>
        <translation>  Wiederkehrende Preise, die entfallen: %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n number(s) already have these settings: nothing is sent for them.</source>
        <translation>
            <numerusform>  %n Nummer hat diese Einstellungen bereits: Für sie wird nichts gesendet.</numerusform>
            <numerusform>  %n Nummern haben diese Einstellungen bereits: Für sie wird nichts gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renting %n number(s) (billable).</source>
        <translation>
            <numerusform>%n Nummer wird gemietet (kostenpflichtig).</numerusform>
            <numerusform>%n Nummern werden gemietet (kostenpflichtig).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updating %n number(s).</source>
        <translation>
            <numerusform>%n Nummer wird geändert.</numerusform>
            <numerusform>%n Nummern werden geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Releasing %n number(s) at the end of their paid periods. This cannot be undone.</source>
        <translation>
            <numerusform>%n Nummer wird zum Ende ihres bezahlten Zeitraums freigegeben. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Nummern werden zum Ende ihrer bezahlten Zeiträume freigegeben. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Probelauf: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Job ID: %1</source>
        <translation>Auftrags-ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more (&apos;--dry-run&apos; lists them all).</source>
        <translation>
            <numerusform>  … und %n weitere (mit „--dry-run“ werden alle aufgelistet).</numerusform>
            <numerusform>  … und %n weitere (mit „--dry-run“ werden alle aufgelistet).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not one of your numbers in the local inventory</source>
        <translation>%1: keine Ihrer Nummern im lokalen Bestand</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) of %1 are not in the local inventory (%2): nothing was started. Run &apos;numberdesk-cli inventory sync&apos; if they were rented since the last sync.</source>
        <translation>
            <numerusform>%n Nummer von %1 ist nicht im lokalen Bestand (%2): Es wurde nichts gestartet. Führen Sie „numberdesk-cli inventory sync“ aus, falls sie seit der letzten Synchronisierung gemietet wurde.</numerusform>
            <numerusform>%n Nummern von %1 sind nicht im lokalen Bestand (%2): Es wurde nichts gestartet. Führen Sie „numberdesk-cli inventory sync“ aus, falls sie seit der letzten Synchronisierung gemietet wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>no numbers of the local inventory match: nothing was started</source>
        <translation>keine Nummer des lokalen Bestands passt: Es wurde nichts gestartet</translation>
    </message>
    <message>
        <source>Selected from the local inventory synced %1.</source>
        <translation>Ausgewählt aus dem lokalen Bestand, synchronisiert %1.</translation>
    </message>
    <message>
        <source>the numbers of %1 cost more than --max-recurring %2 in total: nothing was started</source>
        <translation>die Nummern von %1 kosten insgesamt mehr als --max-recurring %2: Es wurde nichts gestartet</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) left out to stay within --max-recurring %1.</source>
        <translation>
            <numerusform>%n Angebot ausgelassen, um innerhalb von --max-recurring %1 zu bleiben.</numerusform>
            <numerusform>%n Angebote ausgelassen, um innerhalb von --max-recurring %1 zu bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>no number can be rented: nothing was started</source>
        <translation>keine Nummer kann gemietet werden: Es wurde nichts gestartet</translation>
    </message>
    <message>
        <source>Only %1 of the %2 numbers asked for are on offer.</source>
        <translation>Nur %1 der %2 angefragten Nummern werden angeboten.</translation>
    </message>
    <message>
        <source>remove the emergency address: %1</source>
        <translation>die Notrufadresse entfernen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removing the emergency address of %n number(s). Emergency calls from them will have no dispatch address.</source>
        <translation>
            <numerusform>Die Notrufadresse von %n Nummer wird entfernt. Notrufe von dieser Nummer übermitteln der Leitstelle dann keine Adresse.</numerusform>
            <numerusform>Die Notrufadressen von %n Nummern werden entfernt. Notrufe von diesen Nummern übermitteln der Leitstelle dann keine Adresse.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no emergency address: nothing to remove; left out.</source>
        <translation>%1 hat keine Notrufadresse: nichts zu entfernen; ausgelassen.</translation>
    </message>
    <message>
        <source>%1: the emergency address could not be read (%2); left out.</source>
        <translation>%1: Die Notrufadresse konnte nicht gelesen werden (%2); ausgelassen.</translation>
    </message>
    <message>
        <source>None of these numbers has an emergency address: nothing was started.</source>
        <translation>Keine dieser Nummern hat eine Notrufadresse: Es wurde nichts gestartet.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the emergency addresses of %n number(s)...</source>
        <translation>
            <numerusform>Die Notrufadresse von %n Nummer wird gelesen...</numerusform>
            <numerusform>Die Notrufadressen von %n Nummern werden gelesen...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::cli::BulkJob</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>By other</source>
        <translation>Von anderen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%2, %3): %4 of %n number(s) done, %5 already so or done by someone else, %6 not done, %7 unknown, %8 pending.</source>
        <translation>
            <numerusform>Auftrag %1 (%2, %3): %4 von %n Nummer erledigt, %5 bereits so oder von jemand anderem erledigt, %6 nicht erledigt, %7 unbekannt, %8 ausstehend.</numerusform>
            <numerusform>Auftrag %1 (%2, %3): %4 von %n Nummern erledigt, %5 bereits so oder von jemand anderem erledigt, %6 nicht erledigt, %7 unbekannt, %8 ausstehend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>Reading back %n step(s) that were in flight when the job stopped...</source>
        <translation>
            <numerusform>%n Schritt, der beim Anhalten des Auftrags lief, wird zurückgelesen...</numerusform>
            <numerusform>%n Schritte, die beim Anhalten des Auftrags liefen, werden zurückgelesen...</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1: %2 of %3 numbers finished...</source>
        <translation>Auftrag %1: %2 von %3 Nummern abgeschlossen...</translation>
    </message>
    <message>
        <source>Job %1: %2 of %3 numbers finished, about %4 left...</source>
        <translation>Auftrag %1: %2 von %3 Nummern abgeschlossen, noch etwa %4...</translation>
    </message>
    <message>
        <source>Rate limited by the server: every step waits %1...</source>
        <translation>Vom Server in der Rate begrenzt: Jeder Schritt wartet %1...</translation>
    </message>
    <message>
        <source>job %1 stopped: %2 Resume it with &apos;numberdesk-cli bulk resume %1&apos;.</source>
        <translation>Auftrag %1 angehalten: %2 Setzen Sie ihn mit „numberdesk-cli bulk resume %1“ fort.</translation>
    </message>
    <message>
        <source>job %1 paused; resume it with &apos;numberdesk-cli bulk resume %1&apos;.</source>
        <translation>Auftrag %1 pausiert; setzen Sie ihn mit „numberdesk-cli bulk resume %1“ fort.</translation>
    </message>
    <message>
        <source>To try the numbers not done again: numberdesk-cli bulk resume %1</source>
        <translation>Um die nicht erledigten Nummern erneut zu versuchen: numberdesk-cli bulk resume %1</translation>
    </message>
    <message>
        <source>Check the numbers whose outcome is unknown (&apos;bulk status %1&apos;) before trying again.</source>
        <translation>Prüfen Sie die Nummern mit unbekanntem Ergebnis („bulk status %1“), bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>there is no job %1 in %2</source>
        <translation>in %2 gibt es keinen Auftrag %1</translation>
    </message>
    <message>
        <source>No bulk jobs yet (journal: %1).</source>
        <translation>Noch keine Sammelaufträge (Journal: %1).</translation>
    </message>
    <message>
        <source>job %1 belongs to project %2, not %3: use the same connection options as when it was started</source>
        <translation>Auftrag %1 gehört zum Projekt %2, nicht zu %3: Verwenden Sie dieselben Verbindungsoptionen wie beim Start</translation>
    </message>
    <message>
        <source>job %1 was cancelled: start a new job for the numbers it did not do (&apos;bulk status %1&apos; lists them)</source>
        <translation>Auftrag %1 wurde abgebrochen: Starten Sie einen neuen Auftrag für die Nummern, die er nicht erledigt hat („bulk status %1“ listet sie auf)</translation>
    </message>
    <message>
        <source>job %1 is running in another NumberDesk process</source>
        <translation>Auftrag %1 läuft in einem anderen NumberDesk-Prozess</translation>
    </message>
    <message>
        <source>Job %1 has nothing left to do.</source>
        <translation>Für Auftrag %1 ist nichts mehr zu tun.</translation>
    </message>
    <message numerus="yes">
        <source>Resuming job %1 (%2 of %n number(s)).</source>
        <translation>
            <numerusform>Auftrag %1 wird fortgesetzt (%2 von %n Nummer).</numerusform>
            <numerusform>Auftrag %1 wird fortgesetzt (%2 von %n Nummern).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n step(s) were in flight when it stopped: their state is read back first, and only what is certainly not done is sent again.</source>
        <translation>
            <numerusform>  %n Schritt lief, als er angehalten wurde: Sein Zustand wird zuerst zurückgelesen, und nur was sicher nicht erledigt ist, wird erneut gesendet.</numerusform>
            <numerusform>  %n Schritte liefen, als er angehalten wurde: Ihr Zustand wird zuerst zurückgelesen, und nur was sicher nicht erledigt ist, wird erneut gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n number(s) to do.</source>
        <translation>
            <numerusform>  %n Nummer offen.</numerusform>
            <numerusform>  %n Nummern offen.</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1 is running in another NumberDesk process: press Ctrl+C there (it pauses after the steps in flight), then cancel it</source>
        <translation>Auftrag %1 läuft in einem anderen NumberDesk-Prozess: Drücken Sie dort Ctrl+C (er pausiert nach den laufenden Schritten) und brechen Sie ihn dann ab</translation>
    </message>
    <message>
        <source>Job %1 is already %2.</source>
        <translation>Auftrag %1 ist bereits %2.</translation>
    </message>
    <message numerus="yes">
        <source>Offers were taken by someone else: searching again for %n more number(s)...</source>
        <translation>
            <numerusform>Angebote wurden von jemand anderem genommen: Es wird erneut nach %n weiteren Nummer gesucht...</numerusform>
            <numerusform>Angebote wurden von jemand anderem genommen: Es wird erneut nach %n weiteren Nummern gesucht...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::cli::CallbackCommands</name>
    <message>
        <source>--body-file: %1 cannot be read: %2</source>
        <translation>--body-file: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>body: %1 bytes</source>
        <translation>Body: %1 Bytes</translation>
    </message>
    <message>
        <source>expected signature: %1</source>
        <translation>erwartete Signatur: %1</translation>
    </message>
    <message>
        <source>expected with the previous secret: %1</source>
        <translation>erwartet mit dem vorherigen Geheimnis: %1</translation>
    </message>
    <message>
        <source>given signature: %1</source>
        <translation>angegebene Signatur: %1</translation>
    </message>
    <message>
        <source>warning: the project&apos;s HMAC secret could not be read again: %1</source>
        <translation>Warnung: Das HMAC-Geheimnis des Projekts konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>Listening on %1 (set it as a number&apos;s callback URL; Ctrl+C stops)</source>
        <translation>Empfangsbereit auf %1 (als Callback-URL einer Nummer festlegen; Ctrl+C beendet)</translation>
    </message>
    <message>
        <source>Sending a %1 %2 test event for %3, signed with the callback secret of project %4, to %5.</source>
        <translation>Ein %1-%2-Testereignis für %3, signiert mit dem Callback-Geheimnis des Projekts %4, wird an %5 gesendet.</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>gesendet: %1</translation>
    </message>
    <message>
        <source>X-Sinch-Signature: %1</source>
        <translation>X-Sinch-Signature: %1</translation>
    </message>
    <message>
        <source>answer: HTTP %1 %2 (%3 ms)</source>
        <translation>Antwort: HTTP %1 %2 (%3 ms)</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: a receiver should answer 2xx to a callback it accepts</source>
        <translation>%1 hat mit HTTP %2 geantwortet: Ein Empfänger sollte auf einen angenommenen Callback mit 2xx antworten</translation>
    </message>
</context>
<context>
    <name>nd::cli::CliApp</name>
    <message>
        <source>Try &apos;numberdesk-cli --help&apos;.</source>
        <translation>Siehe „numberdesk-cli --help“.</translation>
    </message>
    <message>
        <source>Try &apos;numberdesk-cli %1 --help&apos;.</source>
        <translation>Siehe „numberdesk-cli %1 --help“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; changes your account and needs confirmation, but standard input is not a terminal. Nothing was sent. Re-run with --yes to proceed.</source>
        <translation>„%1“ ändert Ihr Konto und braucht eine Bestätigung, aber die Standardeingabe ist kein Terminal. Es wurde nichts gesendet. Führen Sie den Befehl mit --yes erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>not confirmed: standard input is not a terminal (use --yes)</source>
        <translation>nicht bestätigt: Die Standardeingabe ist kein Terminal (verwenden Sie --yes)</translation>
    </message>
    <message>
        <source>Type &quot;yes&quot; to continue: </source>
        <translation>Geben Sie &quot;yes&quot; ein, um fortzufahren: </translation>
    </message>
    <message>
        <source>not confirmed: nothing was changed</source>
        <translation>nicht bestätigt: Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>refusing to send &apos;%1&apos;: the activity log %2 cannot be written (%3). Nothing was sent. Fix the log file or choose another one with --audit-log FILE.</source>
        <translation>„%1“ wird nicht gesendet: In das Aktivitätsprotokoll %2 kann nicht geschrieben werden (%3). Es wurde nichts gesendet. Reparieren Sie die Protokolldatei oder wählen Sie mit --audit-log FILE eine andere.</translation>
    </message>
    <message>
        <source>HTTP %1 (code %2): %3</source>
        <translation>HTTP %1 (Code %2): %3</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1 %2 (code %3): %4</source>
        <translation>HTTP %1 %2 (Code %3): %4</translation>
    </message>
    <message>
        <source>HTTP %1 %2: %3</source>
        <translation>HTTP %1 %2: %3</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>interrupted again: stopped without waiting for the outcome</source>
        <translation>erneut unterbrochen: ohne Warten auf das Ergebnis beendet</translation>
    </message>
    <message>
        <source>Interrupted: settling the action in flight first (press Ctrl+C again to quit at once)...</source>
        <translation>Unterbrochen: Zuerst wird die laufende Aktion geklärt (zum sofortigen Beenden erneut Ctrl+C drücken)...</translation>
    </message>
    <message>
        <source>Type the number of numbers (%1) to continue: </source>
        <translation>Geben Sie die Anzahl der Nummern (%1) ein, um fortzufahren: </translation>
    </message>
    <message>
        <source>Interrupted: pausing; the steps in flight finish first (press Ctrl+C again to quit at once)...</source>
        <translation>Unterbrochen: Wird pausiert; die laufenden Schritte werden zuerst abgeschlossen (zum sofortigen Beenden erneut Ctrl+C drücken)...</translation>
    </message>
</context>
<context>
    <name>nd::cli::CliConnection</name>
    <message>
        <source>no saved profile named &apos;%1&apos;</source>
        <translation>kein gespeichertes Profil namens „%1“</translation>
    </message>
    <message>
        <source>no project id: give --project, set SINCH_PROJECT_ID, or use --profile, --sandbox or --inventory-db</source>
        <translation>keine Projekt-ID: --project angeben, SINCH_PROJECT_ID setzen oder --profile, --sandbox bzw. --inventory-db verwenden</translation>
    </message>
    <message>
        <source>the embedded sandbox could not start: %1</source>
        <translation>die eingebettete Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Embedded sandbox at %1 (project %2)</source>
        <translation>Eingebettete Sandbox unter %1 (Projekt %2)</translation>
    </message>
    <message>
        <source>the saved profiles could not be read (%1): %2</source>
        <translation>die gespeicherten Profile konnten nicht gelesen werden (%1): %2</translation>
    </message>
    <message>
        <source>no saved profile named &apos;%1&apos; (saved profiles: %2)</source>
        <translation>kein gespeichertes Profil namens „%1“ (gespeicherte Profile: %2)</translation>
    </message>
    <message>
        <source>no key secret for profile &apos;%1&apos;: %2 (give it with --key-secret-stdin or --key-secret-file FILE)</source>
        <translation>kein Schlüsselgeheimnis für Profil „%1“: %2 (mit --key-secret-stdin oder --key-secret-file FILE angeben)</translation>
    </message>
    <message>
        <source>no project id: give --project, set SINCH_PROJECT_ID, or use --profile or --sandbox</source>
        <translation>keine Projekt-ID: --project angeben, SINCH_PROJECT_ID setzen oder --profile bzw. --sandbox verwenden</translation>
    </message>
    <message>
        <source>no access key id: give --key-id, set SINCH_KEY_ID, or use --profile or --sandbox</source>
        <translation>keine Zugriffsschlüssel-ID: --key-id angeben, SINCH_KEY_ID setzen oder --profile bzw. --sandbox verwenden</translation>
    </message>
    <message>
        <source>no access key secret: give --key-secret-stdin or --key-secret-file FILE, set SINCH_KEY_SECRET, or use --profile or --sandbox</source>
        <translation>kein Zugriffsschlüsselgeheimnis: --key-secret-stdin oder --key-secret-file FILE angeben, SINCH_KEY_SECRET setzen oder --profile bzw. --sandbox verwenden</translation>
    </message>
    <message>
        <source>the Numbers API URL must be an http(s) URL (got &apos;%1&apos;)</source>
        <translation>die Numbers-API-URL muss eine http(s)-URL sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>the auth URL must be an http(s) URL (got &apos;%1&apos;)</source>
        <translation>die Auth-URL muss eine http(s)-URL sein (erhalten: „%1“)</translation>
    </message>
</context>
<context>
    <name>nd::cli::CommandLine</name>
    <message>
        <source>Digits to look for (START patterns may begin with +country code)</source>
        <translation>Gesuchte Ziffern (START-Muster dürfen mit +Ländervorwahl beginnen)</translation>
    </message>
    <message>
        <source>Where the digits must appear (needs --pattern)</source>
        <translation>Wo die Ziffern stehen müssen (erfordert --pattern)</translation>
    </message>
    <message>
        <source>Link the SMS service plan (&quot;&quot; unlinks, update only)</source>
        <translation>Den SMS-Serviceplan verknüpfen (&quot;&quot; hebt auf, nur bei update)</translation>
    </message>
    <message>
        <source>Link the US 10DLC campaign (needs --sms-service-plan; &quot;&quot; unlinks)</source>
        <translation>Die US-10DLC-Kampagne verknüpfen (erfordert --sms-service-plan; &quot;&quot; hebt auf)</translation>
    </message>
    <message>
        <source>Route voice to a Voice API app (RTC)</source>
        <translation>Sprache an eine Voice-API-Anwendung leiten (RTC)</translation>
    </message>
    <message>
        <source>Route voice to an Elastic SIP trunk (EST)</source>
        <translation>Sprache an einen Elastic-SIP-Trunk leiten (EST)</translation>
    </message>
    <message>
        <source>Route voice to a Fax service (FAX)</source>
        <translation>Sprache an einen Faxdienst leiten (FAX)</translation>
    </message>
    <message>
        <source>Where provisioning events for the number go</source>
        <translation>Ziel der Bereitstellungsereignisse der Nummer</translation>
    </message>
    <message>
        <source>Required capability (repeatable: all must be supported)</source>
        <translation>Erforderliche Fähigkeit (wiederholbar: alle müssen unterstützt werden)</translation>
    </message>
    <message>
        <source>Required capability</source>
        <translation>Erforderliche Fähigkeit</translation>
    </message>
    <message>
        <source>Name shown to emergency services</source>
        <translation>Name, den die Notrufdienste sehen</translation>
    </message>
    <message>
        <source>Street number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <source>Street name</source>
        <translation>Straßenname</translation>
    </message>
    <message>
        <source>Suite, floor, building (optional)</source>
        <translation>Büro, Etage, Gebäude (optional)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State or province (two letters in the US)</source>
        <translation>Bundesstaat oder Provinz (zwei Buchstaben in den USA)</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>ZIP+4 suffix (optional)</source>
        <translation>ZIP+4-Zusatz (optional)</translation>
    </message>
    <message>
        <source>List the regions where numbers can be obtained</source>
        <translation>Regionen auflisten, in denen Nummern erhältlich sind</translation>
    </message>
    <message>
        <source>Only regions offering this type (repeatable)</source>
        <translation>Nur Regionen mit diesem Typ (wiederholbar)</translation>
    </message>
    <message>
        <source>Search, check and rent numbers from the inventory</source>
        <translation>Nummern im Bestand suchen, prüfen und mieten</translation>
    </message>
    <message>
        <source>Search numbers you could rent</source>
        <translation>Mietbare Nummern suchen</translation>
    </message>
    <message>
        <source>Region code, e.g. US (required)</source>
        <translation>Regionscode, z. B. US (erforderlich)</translation>
    </message>
    <message>
        <source>Number type (required)</source>
        <translation>Nummerntyp (erforderlich)</translation>
    </message>
    <message>
        <source>At most N results</source>
        <translation>Höchstens N Ergebnisse</translation>
    </message>
    <message>
        <source>Check whether one number can be rented, and its price</source>
        <translation>Prüfen, ob eine Nummer mietbar ist, und ihren Preis anzeigen</translation>
    </message>
    <message>
        <source>Rent a specific number (billable)</source>
        <translation>Eine bestimmte Nummer mieten (kostenpflichtig)</translation>
    </message>
    <message>
        <source>Rent any number matching the criteria (billable; US LOCAL only)</source>
        <translation>Eine beliebige passende Nummer mieten (kostenpflichtig; nur US LOCAL)</translation>
    </message>
    <message>
        <source>Region code (required)</source>
        <translation>Regionscode (erforderlich)</translation>
    </message>
    <message>
        <source>List, inspect, update and release your numbers</source>
        <translation>Ihre Nummern auflisten, ansehen, ändern und freigeben</translation>
    </message>
    <message>
        <source>List the numbers you have rented</source>
        <translation>Die gemieteten Nummern auflisten</translation>
    </message>
    <message>
        <source>Only this region</source>
        <translation>Nur diese Region</translation>
    </message>
    <message>
        <source>Only this type</source>
        <translation>Nur dieser Typ</translation>
    </message>
    <message>
        <source>Numbers per page</source>
        <translation>Nummern pro Seite</translation>
    </message>
    <message>
        <source>Continue from a previous page</source>
        <translation>Ab einer vorherigen Seite fortsetzen</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Fetch every page (all three types unless --type is given), streaming rows</source>
        <translation>Alle Seiten abrufen (alle drei Typen, sofern --type fehlt), Zeilen laufend ausgeben</translation>
    </message>
    <message>
        <source>Show one rented number</source>
        <translation>Eine gemietete Nummer anzeigen</translation>
    </message>
    <message>
        <source>Change a number&apos;s name and configuration</source>
        <translation>Namen und Konfiguration einer Nummer ändern</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Release a number at the end of its paid period (cannot be undone)</source>
        <translation>Eine Nummer zum Ende ihres bezahlten Zeitraums freigeben (nicht rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Emergency (E911) address of a number</source>
        <translation>Notrufadresse (E911) einer Nummer</translation>
    </message>
    <message>
        <source>Show the emergency address</source>
        <translation>Die Notrufadresse anzeigen</translation>
    </message>
    <message>
        <source>Store the emergency address</source>
        <translation>Die Notrufadresse speichern</translation>
    </message>
    <message>
        <source>Check an address without storing it</source>
        <translation>Eine Adresse prüfen, ohne sie zu speichern</translation>
    </message>
    <message>
        <source>Remove the emergency address</source>
        <translation>Notrufadresse entfernen</translation>
    </message>
    <message>
        <source>Show the project&apos;s HMAC secret</source>
        <translation>Das HMAC-Geheimnis des Projekts anzeigen</translation>
    </message>
    <message>
        <source>Replace the project&apos;s HMAC secret</source>
        <translation>Das HMAC-Geheimnis des Projekts ersetzen</translation>
    </message>
    <message>
        <source>Read the new secret from standard input</source>
        <translation>Das neue Geheimnis von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>Numbers API base URL [NUMBERDESK_NUMBERS_URL] (default https://numbers.api.sinch.com)</source>
        <translation>Basis-URL der Numbers-API [NUMBERDESK_NUMBERS_URL] (Standard https://numbers.api.sinch.com)</translation>
    </message>
    <message>
        <source>OAuth2 server base URL [NUMBERDESK_AUTH_URL] (default https://auth.sinch.com)</source>
        <translation>Basis-URL des OAuth2-Servers [NUMBERDESK_AUTH_URL] (Standard https://auth.sinch.com)</translation>
    </message>
    <message>
        <source>Project id [SINCH_PROJECT_ID]</source>
        <translation>Projekt-ID [SINCH_PROJECT_ID]</translation>
    </message>
    <message>
        <source>Access key id [SINCH_KEY_ID]</source>
        <translation>Zugriffsschlüssel-ID [SINCH_KEY_ID]</translation>
    </message>
    <message>
        <source>Authentication (default oauth2)</source>
        <translation>Authentifizierung (Standard oauth2)</translation>
    </message>
    <message>
        <source>Use a profile saved by the NumberDesk app (secret from the keychain); &quot;Sandbox&quot; = --sandbox</source>
        <translation>Ein von der NumberDesk-App gespeichertes Profil verwenden (Geheimnis aus dem Schlüsselbund); &quot;Sandbox&quot; = --sandbox</translation>
    </message>
    <message>
        <source>Run against an embedded sandbox with a seeded inventory (no credentials needed)</source>
        <translation>Gegen eine eingebettete Sandbox mit vorbelegtem Bestand laufen (keine Zugangsdaten nötig)</translation>
    </message>
    <message>
        <source>Active numbers the sandbox starts with</source>
        <translation>Aktive Nummern, mit denen die Sandbox startet</translation>
    </message>
    <message>
        <source>Seed of the sandbox inventory</source>
        <translation>Startwert (Seed) des Sandbox-Bestands</translation>
    </message>
    <message>
        <source>Keep the sandbox state in FILE, so changes survive between runs</source>
        <translation>Den Sandbox-Zustand in DATEI halten, damit Änderungen zwischen Aufrufen erhalten bleiben</translation>
    </message>
    <message>
        <source>Output format (default table)</source>
        <translation>Ausgabeformat (Standard table)</translation>
    </message>
    <message>
        <source>Transfer timeout per request (default 30)</source>
        <translation>Übertragungs-Zeitlimit pro Anfrage (Standard 30)</translation>
    </message>
    <message>
        <source>Log each request on standard error (never secrets)</source>
        <translation>Jede Anfrage auf der Standardfehlerausgabe protokollieren (nie Geheimnisse)</translation>
    </message>
    <message>
        <source>Show help for the command</source>
        <translation>Hilfe zum Befehl anzeigen</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Version anzeigen</translation>
    </message>
    <message>
        <source>unknown option %1 for &apos;%2&apos; (options start with --)</source>
        <translation>unbekannte Option %1 für „%2“ (Optionen beginnen mit --)</translation>
    </message>
    <message>
        <source>unknown option --%1 for &apos;%2&apos;</source>
        <translation>unbekannte Option --%1 für „%2“</translation>
    </message>
    <message>
        <source>unknown option --%1 for &apos;%2&apos; (it takes no options)</source>
        <translation>unbekannte Option --%1 für „%2“ (der Befehl hat keine Optionen)</translation>
    </message>
    <message>
        <source>unknown option --%1 (command options go after the command, e.g. &apos;numberdesk-cli active list --%1&apos;)</source>
        <translation>unbekannte Option --%1 (Befehlsoptionen stehen nach dem Befehl, z. B. „numberdesk-cli active list --%1“)</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2)</source>
        <translation>--%1 braucht einen Wert (%2)</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>--%1 given more than once</source>
        <translation>--%1 mehrfach angegeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2)</source>
        <translation>unbekannter Befehl „%1“ (Befehle: %2)</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; for &apos;%2&apos; (choose one of: %3)</source>
        <translation>unbekannter Unterbefehl „%1“ für „%2“ (einer von: %3)</translation>
    </message>
    <message>
        <source>no command given (try &apos;numberdesk-cli --help&apos;)</source>
        <translation>kein Befehl angegeben (siehe „numberdesk-cli --help“)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2</source>
        <translation>„%1“ braucht einen Unterbefehl: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2</source>
        <translation>„%1“ braucht %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments, got &apos;%2&apos;</source>
        <translation>„%1“ nimmt keine Argumente, erhalten: „%2“</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;%2&apos;</source>
        <translation>unerwartetes Argument „%1“ für „%2“</translation>
    </message>
    <message>
        <source>Usage: numberdesk-cli [options] COMMAND [SUBCOMMAND] [arguments] [options]

</source>
        <translation>Aufruf: numberdesk-cli [Optionen] BEFEHL [UNTERBEFEHL] [Argumente] [Optionen]

</translation>
    </message>
    <message>
        <source>Manage Sinch phone numbers from the command line.

Commands:
</source>
        <translation>Sinch-Rufnummern über die Kommandozeile verwalten.

Befehle:
</translation>
    </message>
    <message>
        <source>
Options (accepted anywhere on the command line):
</source>
        <translation>
Optionen (überall auf der Kommandozeile erlaubt):
</translation>
    </message>
    <message>
        <source>
Run &apos;numberdesk-cli COMMAND --help&apos; for the options of a command.
</source>
        <translation>
„numberdesk-cli BEFEHL --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>Usage: numberdesk-cli %1 SUBCOMMAND [options]

%2

Subcommands:
</source>
        <translation>Aufruf: numberdesk-cli %1 UNTERBEFEHL [Optionen]

%2

Unterbefehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;numberdesk-cli %1 SUBCOMMAND --help&apos; for details.
</source>
        <translation>
„numberdesk-cli %1 UNTERBEFEHL --help“ zeigt Einzelheiten.
</translation>
    </message>
    <message>
        <source>Usage: %1 [options]

%2
</source>
        <translation>Aufruf: %1 [Optionen]

%2
</translation>
    </message>
    <message>
        <source>
This command changes your account: it shows what will happen and asks you to type &quot;yes&quot;. Without a terminal it refuses unless --yes is given (exit code 5).
</source>
        <translation>
Dieser Befehl ändert Ihr Konto: Er zeigt, was geschehen wird, und bittet Sie, &quot;yes&quot; einzugeben. Ohne Terminal verweigert er die Ausführung, sofern nicht --yes angegeben ist (Exit-Code 5).
</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
Optionen:
</translation>
    </message>
    <message>
        <source>
Global options:
</source>
        <translation>
Globale Optionen:
</translation>
    </message>
    <message>
        <source>Show or export the activity log of billable and destructive actions</source>
        <translation>Das Aktivitätsprotokoll kostenpflichtiger und destruktiver Aktionen anzeigen oder exportieren</translation>
    </message>
    <message>
        <source>Only actions started at or after this time</source>
        <translation>Nur Aktionen, die zu oder nach diesem Zeitpunkt begonnen haben</translation>
    </message>
    <message>
        <source>Only actions started before this time</source>
        <translation>Nur Aktionen, die vor diesem Zeitpunkt begonnen haben</translation>
    </message>
    <message>
        <source>Only this operation: rent, rentAny, update, release, emergencyProvision, emergencyDeprovision, callbackSecretUpdate</source>
        <translation>Nur dieser Vorgang: rent, rentAny, update, release, emergencyProvision, emergencyDeprovision, callbackSecretUpdate</translation>
    </message>
    <message>
        <source>Only actions on this number</source>
        <translation>Nur Aktionen zu dieser Nummer</translation>
    </message>
    <message>
        <source>At most N actions (newest first)</source>
        <translation>Höchstens N Aktionen (neueste zuerst)</translation>
    </message>
    <message>
        <source>Inject faults into the sandbox, e.g. &quot;5xx=0.1,drop-after-commit@rent=1&quot; (testing)</source>
        <translation>Fehler in die Sandbox einspeisen, z. B. &quot;5xx=0.1,drop-after-commit@rent=1&quot; (zum Testen)</translation>
    </message>
    <message>
        <source>Delay every sandbox answer by MS milliseconds</source>
        <translation>Jede Sandbox-Antwort um MS Millisekunden verzögern</translation>
    </message>
    <message>
        <source>PEM file of extra CA certificates to trust [NUMBERDESK_CA_BUNDLE]</source>
        <translation>PEM-Datei mit zusätzlichen vertrauenswürdigen CA-Zertifikaten [NUMBERDESK_CA_BUNDLE]</translation>
    </message>
    <message>
        <source>Activity (audit) log of billable and destructive actions [NUMBERDESK_AUDIT_LOG]</source>
        <translation>Aktivitätsprotokoll (Audit) kostenpflichtiger und destruktiver Aktionen [NUMBERDESK_AUDIT_LOG]</translation>
    </message>
    <message>
        <source>Retries of a failed read (5xx, 429, network) before giving up (default 3; billable calls are never retried)</source>
        <translation>Wiederholungen eines fehlgeschlagenen Lesezugriffs (5xx, 429, Netzwerk), bevor aufgegeben wird (Standard 3; kostenpflichtige Aufrufe werden nie wiederholt)</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (accepted, and ignored, by commands that need none)</source>
        <translation>Nicht nach Bestätigung fragen (von Befehlen, die keine brauchen, akzeptiert und ignoriert)</translation>
    </message>
    <message>
        <source>New secret: 32-64 characters of A-Z a-z 0-9 - (visible to other users in ps: prefer the next two)</source>
        <translation>Neues Geheimnis: 32–64 Zeichen aus A-Z a-z 0-9 - (für andere Benutzer in ps sichtbar: besser die nächsten beiden)</translation>
    </message>
    <message>
        <source>Read the new secret from the first line of FILE (must not be readable by others)</source>
        <translation>Das neue Geheimnis aus der ersten Zeile von FILE lesen (darf für andere nicht lesbar sein)</translation>
    </message>
    <message>
        <source>The local mirror of all your numbers: sync it, then list, compare and count without the network</source>
        <translation>Die lokale Kopie aller Ihrer Nummern: synchronisieren, dann ohne Netzwerk auflisten, vergleichen und zählen</translation>
    </message>
    <message>
        <source>Fetch every active number into the local mirror (parallel, all types)</source>
        <translation>Alle aktiven Nummern in die lokale Kopie abrufen (parallel, alle Typen)</translation>
    </message>
    <message>
        <source>List numbers from the mirror (no network)</source>
        <translation>Nummern aus der lokalen Kopie auflisten (ohne Netzwerk)</translation>
    </message>
    <message>
        <source>Only numbers whose display name contains TEXT (any case)</source>
        <translation>Nur Nummern, deren Anzeigename TEXT enthält (Groß-/Kleinschreibung egal)</translation>
    </message>
    <message>
        <source>Only numbers being released (yes) or not (no)</source>
        <translation>Nur Nummern, die gerade freigegeben werden (yes) oder nicht (no)</translation>
    </message>
    <message>
        <source>Order (default number)</source>
        <translation>Sortierung (Standard: number)</translation>
    </message>
    <message>
        <source>What changed between the last two syncs: numbers added, removed and changed, field by field</source>
        <translation>Was sich zwischen den letzten beiden Synchronisierungen geändert hat: hinzugekommene, entfernte und geänderte Nummern, Feld für Feld</translation>
    </message>
    <message>
        <source>When the mirror was last synced, how many numbers it holds, and where it is</source>
        <translation>Wann die lokale Kopie zuletzt synchronisiert wurde, wie viele Nummern sie enthält und wo sie liegt</translation>
    </message>
    <message>
        <source>Only this outcome: pending, done, not_done, done_by_other, unknown</source>
        <translation>Nur dieses Ergebnis: pending, done, not_done, done_by_other, unknown</translation>
    </message>
    <message>
        <source>Access key secret [SINCH_KEY_SECRET] (visible to other users in ps: prefer the next two)</source>
        <translation>Zugriffsschlüsselgeheimnis [SINCH_KEY_SECRET] (für andere Benutzer in ps sichtbar: besser die nächsten beiden)</translation>
    </message>
    <message>
        <source>Read the access key secret from standard input</source>
        <translation>Das Zugriffsschlüsselgeheimnis von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>Read the access key secret from the first line of FILE (must not be readable by others)</source>
        <translation>Das Zugriffsschlüsselgeheimnis aus der ersten Zeile von FILE lesen (darf für andere nicht lesbar sein)</translation>
    </message>
    <message>
        <source>The local mirror of the connection&apos;s numbers [NUMBERDESK_INVENTORY_DB]</source>
        <translation>Die lokale Kopie der Nummern der Verbindung [NUMBERDESK_INVENTORY_DB]</translation>
    </message>
    <message>
        <source>Callback (webhook) signing: the secret, and tools to receive, check and send callbacks</source>
        <translation>Signierung von Callbacks (Webhooks): das Geheimnis sowie Werkzeuge zum Empfangen, Prüfen und Senden von Callbacks</translation>
    </message>
    <message>
        <source>Check a callback&apos;s X-Sinch-Signature against its raw body (exit 0 valid, 9 invalid)</source>
        <translation>Die X-Sinch-Signature eines Callbacks mit seinem unveränderten Body abgleichen (Exit-Code 0 gültig, 9 ungültig)</translation>
    </message>
    <message>
        <source>The request body exactly as received (required)</source>
        <translation>Der Anfrage-Body genau wie empfangen (erforderlich)</translation>
    </message>
    <message>
        <source>The X-Sinch-Signature header value (required)</source>
        <translation>Der Wert des Headers X-Sinch-Signature (erforderlich)</translation>
    </message>
    <message>
        <source>Read the secret from standard input</source>
        <translation>Das Geheimnis von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>Read the secret from the first line of FILE (must not be readable by others)</source>
        <translation>Das Geheimnis aus der ersten Zeile von FILE lesen (darf für andere nicht lesbar sein)</translation>
    </message>
    <message>
        <source>During a rotation, also accept the previous secret read from FILE</source>
        <translation>Während eines Wechsels auch das vorherige Geheimnis aus FILE akzeptieren</translation>
    </message>
    <message>
        <source>Receive callbacks on 127.0.0.1 and print them as JSON lines, each with its signature verdict against the project&apos;s secret</source>
        <translation>Callbacks auf 127.0.0.1 empfangen und als JSON-Zeilen ausgeben, jeweils mit dem Ergebnis der Signaturprüfung gegen das Geheimnis des Projekts</translation>
    </message>
    <message>
        <source>Port to listen on (default: any free port)</source>
        <translation>Port, auf dem empfangen wird (Standard: ein beliebiger freier Port)</translation>
    </message>
    <message>
        <source>Stop after N callbacks</source>
        <translation>Nach N Callbacks beenden</translation>
    </message>
    <message>
        <source>POST a sample event signed with the project&apos;s secret to your endpoint and show its answer</source>
        <translation>Ein mit dem Geheimnis des Projekts signiertes Beispielereignis per POST an Ihren Endpunkt senden und seine Antwort anzeigen</translation>
    </message>
    <message>
        <source>The endpoint (http or https; required)</source>
        <translation>Der Endpunkt (http oder https; erforderlich)</translation>
    </message>
    <message>
        <source>Event type (default PROVISIONING_TO_SMS_PLATFORM)</source>
        <translation>Ereignistyp (Standard PROVISIONING_TO_SMS_PLATFORM)</translation>
    </message>
    <message>
        <source>Event status (default SUCCEEDED)</source>
        <translation>Ereignisstatus (Standard SUCCEEDED)</translation>
    </message>
    <message>
        <source>The number in the event (default +12025550134)</source>
        <translation>Die Nummer im Ereignis (Standard +12025550134)</translation>
    </message>
    <message>
        <source>What the numbers cost per month, by region and type, what falls due in the next 12 months and what needs attention (from the mirror, no network)</source>
        <translation>Was die Nummern pro Monat kosten, nach Region und Typ, was in den nächsten 12 Monaten fällig wird und was Aufmerksamkeit erfordert (aus der lokalen Kopie, ohne Netzwerk)</translation>
    </message>
    <message>
        <source>Only the numbers priced in this currency (USD, EUR, ...)</source>
        <translation>Nur die Nummern, die in dieser Währung abgerechnet werden (USD, EUR, ...)</translation>
    </message>
    <message>
        <source>The numbers: one a line (any usual format; # comments), or a CSV with a phoneNumber column</source>
        <translation>Die Nummern: eine pro Zeile (jedes übliche Format; #-Kommentare) oder eine CSV-Datei mit einer Spalte phoneNumber</translation>
    </message>
    <message>
        <source>Country of national numbers in FILE (without it they must start with + or 00)</source>
        <translation>Land der nationalen Nummern in FILE (ohne diese Angabe müssen sie mit + oder 00 beginnen)</translation>
    </message>
    <message>
        <source>Show the preview and totals; send nothing</source>
        <translation>Vorschau und Summen anzeigen; nichts senden</translation>
    </message>
    <message>
        <source>Steps in flight at once (1 to 16, default 4)</source>
        <translation>Gleichzeitig laufende Schritte (1 bis 16, Standard 4)</translation>
    </message>
    <message>
        <source>Only numbers of this region (from the mirror)</source>
        <translation>Nur Nummern dieser Region (aus der lokalen Kopie)</translation>
    </message>
    <message>
        <source>Only numbers of this type</source>
        <translation>Nur Nummern dieses Typs</translation>
    </message>
    <message>
        <source>Rent the numbers in FILE, or N numbers matching a search (billable)</source>
        <translation>Die Nummern in FILE oder N zu einer Suche passende Nummern mieten (kostenpflichtig)</translation>
    </message>
    <message>
        <source>Region code of the search</source>
        <translation>Regionscode der Suche</translation>
    </message>
    <message>
        <source>Number type of the search</source>
        <translation>Nummerntyp der Suche</translation>
    </message>
    <message>
        <source>How many numbers to rent (1 to 1000)</source>
        <translation>Wie viele Nummern gemietet werden (1 bis 1000)</translation>
    </message>
    <message>
        <source>Cap on the total recurring price of the numbers rented (per currency)</source>
        <translation>Obergrenze für den gesamten wiederkehrenden Preis der gemieteten Nummern (pro Währung)</translation>
    </message>
    <message>
        <source>Change the name and configuration of the numbers in FILE or matching the filters</source>
        <translation>Name und Konfiguration der Nummern in FILE oder der zu den Filtern passenden Nummern ändern</translation>
    </message>
    <message>
        <source>New name; {n} becomes 1, 2, 3… and {number} the number</source>
        <translation>Neuer Name; {n} wird zu 1, 2, 3… und {number} zur Nummer</translation>
    </message>
    <message>
        <source>Release the numbers in FILE or matching the filters (cannot be undone)</source>
        <translation>Die Nummern in FILE oder die zu den Filtern passenden Nummern freigeben (nicht rückgängig zu machen)</translation>
    </message>
    <message>
        <source>List jobs, or show one job&apos;s per-number states</source>
        <translation>Aufträge auflisten oder die Zustände der Nummern eines Auftrags anzeigen</translation>
    </message>
    <message>
        <source>Resume an interrupted or paused job: steps in flight are settled first, then the rest run</source>
        <translation>Einen unterbrochenen oder pausierten Auftrag fortsetzen: Laufende Schritte werden zuerst geklärt, dann läuft der Rest</translation>
    </message>
    <message>
        <source>Steps in flight at once (1 to 16)</source>
        <translation>Gleichzeitig laufende Schritte (1 bis 16)</translation>
    </message>
    <message>
        <source>Cancel a job that is not running (a step left in flight is settled first)</source>
        <translation>Einen nicht laufenden Auftrag abbrechen (ein noch laufender Schritt wird zuerst geklärt)</translation>
    </message>
    <message>
        <source>Only the steps of this bulk job</source>
        <translation>Nur die Schritte dieses Sammelauftrags</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  other failure
  2  usage error (bad option, bad number, missing credentials, insecure URL)
  3  API error (HTTP 4xx/5xx or an unparseable response)
  4  network, TLS or timeout error
  5  not confirmed (no --yes and no terminal, or the answer was not &quot;yes&quot;)
  6  outcome unknown: the answer was lost and checking failed; check before trying again
  7  refused: the activity log cannot be written, so nothing billable was sent
  8  done by someone else, or already so: nothing was changed or charged by this run
  9  callbacks verify: the signature is invalid
 10  standard output could not be written (disk full, closed, broken pipe)
 11  bulk job not complete: numbers not done, or it was paused or cancelled (&apos;bulk status JOB&apos;)
130  interrupted (Ctrl+C); an action in flight was settled and recorded first
</source>
        <translation>Exit-Codes:
  0  Erfolg
  1  sonstiger Fehler
  2  Aufruffehler (falsche Option, falsche Nummer, fehlende Zugangsdaten, unsichere URL)
  3  API-Fehler (HTTP 4xx/5xx oder eine nicht auswertbare Antwort)
  4  Netzwerk-, TLS- oder Zeitüberschreitungsfehler
  5  nicht bestätigt (kein --yes und kein Terminal, oder die Antwort war nicht &quot;yes&quot;)
  6  Ergebnis unbekannt: Die Antwort ging verloren und die Prüfung schlug fehl; vor einem erneuten Versuch prüfen
  7  verweigert: Das Aktivitätsprotokoll kann nicht geschrieben werden, daher wurde nichts Kostenpflichtiges gesendet
  8  von jemand anderem erledigt oder bereits so: Dieser Lauf hat nichts geändert oder berechnet
  9  callbacks verify: Die Signatur ist ungültig
 10  Die Standardausgabe konnte nicht geschrieben werden (Datenträger voll, geschlossen, unterbrochene Pipe)
 11  Sammelauftrag nicht abgeschlossen: Nummern nicht erledigt, oder er wurde pausiert oder abgebrochen („bulk status JOB“)
130  unterbrochen (Ctrl+C); eine laufende Aktion wurde zuerst geklärt und protokolliert
</translation>
    </message>
    <message>
        <source>Rent, update, release or remove the emergency address of many numbers as one job: previewed, journaled, resumable</source>
        <translation>Viele Nummern in einem Auftrag mieten, ändern, freigeben oder ihre Notrufadresse entfernen: mit Vorschau, im Journal protokolliert, fortsetzbar</translation>
    </message>
    <message>
        <source>Remove the emergency (911) address of the numbers in FILE or matching the filters</source>
        <translation>Die Notrufadresse (911) der Nummern in FILE oder der zu den Filtern passenden Nummern entfernen</translation>
    </message>
    <message>
        <source>Requests in flight at once (1 to %1; default: the profile&apos;s setting, else %2)</source>
        <translation>Gleichzeitige Anfragen (1 bis %1; Standard: die Einstellung des Profils, sonst %2)</translation>
    </message>
</context>
<context>
    <name>nd::cli::InventoryCommands</name>
    <message>
        <source>there is no local inventory yet at %1: run &apos;numberdesk-cli inventory sync&apos; first (with the same connection options)</source>
        <translation>unter %1 gibt es noch keinen lokalen Bestand: Führen Sie zuerst „numberdesk-cli inventory sync“ aus (mit denselben Verbindungsoptionen)</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 numbers...</source>
        <translation>Synchronisierung: %1 von %2 Nummern...</translation>
    </message>
    <message>
        <source>Syncing: %1 numbers...</source>
        <translation>Synchronisierung: %1 Nummern...</translation>
    </message>
    <message>
        <source>interrupted: the mirror keeps its previous sync</source>
        <translation>unterbrochen: Die lokale Kopie behält ihre vorherige Synchronisierung</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>The server limited the request rate %n time(s); the sync slowed down and went on.</source>
        <translation>
            <numerusform>Der Server hat die Anfragerate einmal begrenzt; die Synchronisierung wurde verlangsamt und fortgesetzt.</numerusform>
            <numerusform>Der Server hat die Anfragerate %n-mal begrenzt; die Synchronisierung wurde verlangsamt und fortgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No number in the mirror matches.</source>
        <translation>Keine Nummer in der lokalen Kopie passt.</translation>
    </message>
    <message>
        <source>the mirror has not been synced yet: run &apos;numberdesk-cli inventory sync&apos;</source>
        <translation>die lokale Kopie wurde noch nicht synchronisiert: Führen Sie „numberdesk-cli inventory sync“ aus</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Changes between the syncs of %1 and %2.</source>
        <translation>Änderungen zwischen den Synchronisierungen vom %1 und %2.</translation>
    </message>
    <message>
        <source>The first sync (%1): every number is new.</source>
        <translation>Die erste Synchronisierung (%1): Jede Nummer ist neu.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Mirror file</source>
        <translation>Datei der lokalen Kopie</translation>
    </message>
    <message numerus="yes">
        <source>Inventory report of %1: %n number(s), %2 being released</source>
        <translation>
            <numerusform>Bestandsbericht von %1: %n Nummer, davon %2 in Freigabe</numerusform>
            <numerusform>Bestandsbericht von %1: %n Nummern, davon %2 in Freigabe</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the numbers priced in %1.</source>
        <translation>Nur die Nummern, die in %1 abgerechnet werden.</translation>
    </message>
    <message>
        <source>Run-rate per month (numbers not being released): %1</source>
        <translation>Laufende Kosten pro Monat (Nummern, die nicht freigegeben werden): %1</translation>
    </message>
    <message>
        <source>Charges that stop with the releases (per month): %1</source>
        <translation>Gebühren, die mit den Freigaben entfallen (pro Monat): %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Run-rate per month</source>
        <translation>Laufende Kosten pro Monat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Provisioning failed (%1)</source>
        <translation>Bereitstellung fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Provisioning pending for more than an hour (%1)</source>
        <translation>Bereitstellung seit mehr als einer Stunde ausstehend (%1)</translation>
    </message>
    <message>
        <source>Neither SMS nor voice linked: paid for, doing nothing (%1)</source>
        <translation>Weder SMS noch Sprache verknüpft: bezahlt, aber ungenutzt (%1)</translation>
    </message>
    <message>
        <source>Released within 7 days (%1)</source>
        <translation>Innerhalb von 7 Tagen freigegeben (%1)</translation>
    </message>
    <message>
        <source>Price or payment interval unreadable, left out of the amounts (%1)</source>
        <translation>Preis oder Zahlungsintervall unlesbar, in den Beträgen nicht berücksichtigt (%1)</translation>
    </message>
    <message>
        <source>no number in the mirror is priced in %1 (its currencies: %2)</source>
        <translation>keine Nummer in der lokalen Kopie wird in %1 abgerechnet (ihre Währungen: %2)</translation>
    </message>
    <message>
        <source>The mirror has not been synced yet: run &apos;numberdesk-cli inventory sync&apos;.</source>
        <translation>Die lokale Kopie wurde noch nicht synchronisiert: Führen Sie „numberdesk-cli inventory sync“ aus.</translation>
    </message>
</context>
<context>
    <name>nd::cli::OutputStream</name>
    <message>
        <source>standard output was closed by the program reading it (broken pipe); stopped</source>
        <translation>die Standardausgabe wurde vom lesenden Programm geschlossen (unterbrochene Pipe); beendet</translation>
    </message>
    <message>
        <source>standard output could not be written: %1</source>
        <translation>die Standardausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>nd::cli::ReadCommands</name>
    <message numerus="yes">
        <source>Fetched %1 of %n numbers...</source>
        <translation>
            <numerusform>%1 von %n Nummer abgerufen...</numerusform>
            <numerusform>%1 von %n Nummern abgerufen...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n numbers...</source>
        <translation>
            <numerusform>%n Nummer abgerufen...</numerusform>
            <numerusform>%n Nummern abgerufen...</numerusform>
        </translation>
    </message>
    <message>
        <source>No available numbers match.</source>
        <translation>Keine verfügbaren Nummern passen.</translation>
    </message>
    <message>
        <source>More numbers follow: add --page-token %1 (or use --all).</source>
        <translation>Es folgen weitere Nummern: --page-token %1 anhängen (oder --all verwenden).</translation>
    </message>
    <message>
        <source>No emergency address is provisioned for %1.</source>
        <translation>Für %1 ist keine Notrufadresse bereitgestellt.</translation>
    </message>
</context>
<context>
    <name>nd::cli::Records</name>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Next charge</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>SMS provisioning</source>
        <translation>SMS-Bereitstellung</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Voice id</source>
        <translation>Sprach-ID</translation>
    </message>
    <message>
        <source>Voice provisioning</source>
        <translation>Sprach-Bereitstellung</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Unterlagen</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <source>Street number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Zusatz</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Bundesstaat</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Plus four</source>
        <translation>ZIP+4</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Validated address</source>
        <translation>Geprüfte Adresse</translation>
    </message>
    <message>
        <source>Corrected address</source>
        <translation>Korrigierte Adresse</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>HMAC secret</source>
        <translation>HMAC-Geheimnis</translation>
    </message>
</context>
<context>
    <name>nd::cli::RequestParser</name>
    <message>
        <source>give only one of --%1, --%1-stdin and --%1-file</source>
        <translation>nur eine der Optionen --%1, --%1-stdin und --%1-file angeben</translation>
    </message>
    <message>
        <source>warning: --%1 puts the secret in the process arguments, where other users of this computer can see it (ps); prefer --%1-stdin or --%1-file</source>
        <translation>Warnung: --%1 legt das Geheimnis in die Prozessargumente, wo andere Benutzer dieses Computers es sehen können (ps); besser --%1-stdin oder --%1-file verwenden</translation>
    </message>
    <message>
        <source>--%1-file needs a file name</source>
        <translation>--%1-file braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--format must be table, json or csv (got &apos;%1&apos;)</source>
        <translation>--format muss table, json oder csv sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--sandbox cannot be combined with --profile %1</source>
        <translation>--sandbox kann nicht mit --profile %1 kombiniert werden</translation>
    </message>
    <message>
        <source>--sandbox-active, --sandbox-seed, --sandbox-state, --sandbox-faults and --sandbox-latency need --sandbox</source>
        <translation>--sandbox-active, --sandbox-seed, --sandbox-state, --sandbox-faults und --sandbox-latency erfordern --sandbox</translation>
    </message>
    <message>
        <source>--sandbox-faults: %1</source>
        <translation>--sandbox-faults: %1</translation>
    </message>
    <message>
        <source>--sandbox-latency must be a number of milliseconds from 0 to 600000 (got &apos;%1&apos;)</source>
        <translation>--sandbox-latency muss eine Anzahl Millisekunden von 0 bis 600000 sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--sandbox-active must be a number from 0 to 1000000 (got &apos;%1&apos;)</source>
        <translation>--sandbox-active muss eine Zahl von 0 bis 1000000 sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--sandbox-seed must be a non-negative number (got &apos;%1&apos;)</source>
        <translation>--sandbox-seed muss eine nicht negative Zahl sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds greater than 0 and at most 3600 (got &apos;%1&apos;)</source>
        <translation>--timeout muss eine Anzahl Sekunden größer als 0 und höchstens 3600 sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--retries must be a number from 0 to 10 (got &apos;%1&apos;)</source>
        <translation>--retries muss eine Zahl von 0 bis 10 sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--auth must be basic or oauth2 (got &apos;%1&apos;)</source>
        <translation>--auth muss basic oder oauth2 sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--%1 must be an http(s) URL (got &apos;%2&apos;)</source>
        <translation>--%1 muss eine http(s)-URL sein (erhalten: „%2“)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable phone number: %2</source>
        <translation>„%1“ ist keine verwendbare Rufnummer: %2</translation>
    </message>
    <message>
        <source>--region is required for &apos;%1&apos;</source>
        <translation>--region ist für „%1“ erforderlich</translation>
    </message>
    <message>
        <source>--region must be a two-letter country code such as US (got &apos;%1&apos;)</source>
        <translation>--region muss ein zweibuchstabiger Ländercode wie US sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--type is required for &apos;%1&apos; (MOBILE, LOCAL or TOLL_FREE)</source>
        <translation>--type ist für „%1“ erforderlich (MOBILE, LOCAL oder TOLL_FREE)</translation>
    </message>
    <message>
        <source>--type must be MOBILE, LOCAL or TOLL_FREE (got &apos;%1&apos;)</source>
        <translation>--type muss MOBILE, LOCAL oder TOLL_FREE sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--capability must be SMS or VOICE (got &apos;%1&apos;)</source>
        <translation>--capability muss SMS oder VOICE sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--%1 must be a number from 1 to %2 (got &apos;%3&apos;)</source>
        <translation>--%1 muss eine Zahl von 1 bis %2 sein (erhalten: „%3“)</translation>
    </message>
    <message>
        <source>--search-pattern needs --pattern</source>
        <translation>--search-pattern erfordert --pattern</translation>
    </message>
    <message>
        <source>--pattern must be 1 to 15 digits, optionally after a leading + (got &apos;%1&apos;)</source>
        <translation>--pattern muss aus 1 bis 15 Ziffern bestehen, optional nach einem führenden + (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--search-pattern must be START, CONTAINS or END (got &apos;%1&apos;)</source>
        <translation>--search-pattern muss START, CONTAINS oder END sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--pattern may start with + only with --search-pattern START (got &apos;%1&apos;)</source>
        <translation>--pattern darf nur mit --search-pattern START mit + beginnen (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--%1 must not be empty (&quot;&quot; unlinks, which only &apos;active update&apos; can do)</source>
        <translation>--%1 darf nicht leer sein (&quot;&quot; hebt die Verknüpfung auf, was nur „active update“ kann)</translation>
    </message>
    <message>
        <source>--sms-campaign needs --sms-service-plan (the API requires the service plan whenever SMS settings are sent)</source>
        <translation>--sms-campaign erfordert --sms-service-plan (die API verlangt den Serviceplan, sobald SMS-Einstellungen gesendet werden)</translation>
    </message>
    <message>
        <source>--voice-rtc-app, --voice-est-trunk and --voice-fax-service are mutually exclusive</source>
        <translation>--voice-rtc-app, --voice-est-trunk und --voice-fax-service schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>--callback-url must be an http(s) URL (got &apos;%1&apos;)</source>
        <translation>--callback-url muss eine http(s)-URL sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--%1 is required for &apos;%2&apos;</source>
        <translation>--%1 ist für „%2“ erforderlich</translation>
    </message>
    <message>
        <source>--%1 must be an ISO 8601 date or time such as 2025-03-14 or 2025-03-14T09:00:00Z (got &apos;%2&apos;)</source>
        <translation>--%1 muss ein ISO-8601-Datum oder eine Uhrzeit sein, etwa 2025-03-14 oder 2025-03-14T09:00:00Z (erhalten: „%2“)</translation>
    </message>
    <message>
        <source>--operation must be one of rent, rentAny, update, release, emergencyProvision, emergencyDeprovision, callbackSecretUpdate (got &apos;%1&apos;)</source>
        <translation>--operation muss eines von rent, rentAny, update, release, emergencyProvision, emergencyDeprovision, callbackSecretUpdate sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--outcome must be one of pending, done, not_done, done_by_other, unknown (got &apos;%1&apos;)</source>
        <translation>--outcome muss eines von pending, done, not_done, done_by_other, unknown sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--size must be a number from 1 to %1 (got &apos;%2&apos;)</source>
        <translation>--size muss eine Zahl von 1 bis %1 sein (erhalten: „%2“)</translation>
    </message>
    <message>
        <source>note: --size %1 is more than the API returns in one search; asking for %2.</source>
        <translation>Hinweis: --size %1 ist mehr, als die API bei einer Suche liefert; es werden %2 angefordert.</translation>
    </message>
    <message>
        <source>--page-token cannot be combined with --all (which walks every page itself)</source>
        <translation>--page-token kann nicht mit --all kombiniert werden (das selbst alle Seiten durchläuft)</translation>
    </message>
    <message>
        <source>--order-by must be PHONE_NUMBER or DISPLAY_NAME (got &apos;%1&apos;)</source>
        <translation>--order-by muss PHONE_NUMBER oder DISPLAY_NAME sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>nothing to update: give --display-name or a configuration option</source>
        <translation>nichts zu ändern: Geben Sie --display-name oder eine Konfigurationsoption an</translation>
    </message>
    <message>
        <source>give the new secret with --hmac-secret-stdin or --hmac-secret-file FILE</source>
        <translation>das neue Geheimnis mit --hmac-secret-stdin oder --hmac-secret-file FILE angeben</translation>
    </message>
    <message>
        <source>the HMAC secret must be 32 to 64 characters of A-Z, a-z, 0-9 and - (the one given has length %1)</source>
        <translation>das HMAC-Geheimnis muss 32 bis 64 Zeichen aus A-Z, a-z, 0-9 und - haben (das angegebene hat die Länge %1)</translation>
    </message>
    <message>
        <source>only one secret can be read from standard input: give the other with a -file option</source>
        <translation>nur ein Geheimnis kann von der Standardeingabe gelesen werden: das andere mit einer -file-Option angeben</translation>
    </message>
    <message>
        <source>--releasing must be yes or no (got &apos;%1&apos;)</source>
        <translation>--releasing muss yes oder no sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--sort must be number, name, price or next-charge (got &apos;%1&apos;)</source>
        <translation>--sort muss number, name, price oder next-charge sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not implemented</source>
        <translation>„%1“ ist nicht implementiert</translation>
    </message>
    <message>
        <source>--body-file FILE is required: the request body exactly as received</source>
        <translation>--body-file FILE ist erforderlich: der Anfrage-Body genau wie empfangen</translation>
    </message>
    <message>
        <source>--signature HEX is required: the X-Sinch-Signature header value</source>
        <translation>--signature HEX ist erforderlich: der Wert des Headers X-Sinch-Signature</translation>
    </message>
    <message>
        <source>give the secret with --hmac-secret-stdin or --hmac-secret-file FILE</source>
        <translation>das Geheimnis mit --hmac-secret-stdin oder --hmac-secret-file FILE angeben</translation>
    </message>
    <message>
        <source>--previous-hmac-secret-file needs a file name</source>
        <translation>--previous-hmac-secret-file braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535 (got &apos;%1&apos;)</source>
        <translation>--port muss eine Zahl von 1 bis 65535 sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--count must be a positive number (got &apos;%1&apos;)</source>
        <translation>--count muss eine positive Zahl sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--url URL is required: the endpoint to send the test callback to</source>
        <translation>--url URL ist erforderlich: der Endpunkt, an den der Test-Callback gesendet wird</translation>
    </message>
    <message>
        <source>--event must be one of %1 (got &apos;%2&apos;)</source>
        <translation>--event muss eines von %1 sein (erhalten: „%2“)</translation>
    </message>
    <message>
        <source>--status must be SUCCEEDED or FAILED (got &apos;%1&apos;)</source>
        <translation>--status muss SUCCEEDED oder FAILED sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--from-file needs a file name</source>
        <translation>--from-file braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--file-region must be a two-letter country code such as US (got &apos;%1&apos;)</source>
        <translation>--file-region muss ein zweibuchstabiger Ländercode wie US sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>give either --from-file or the selection options, not both</source>
        <translation>entweder --from-file oder die Auswahloptionen angeben, nicht beides</translation>
    </message>
    <message>
        <source>--max-recurring must be an amount such as 25 or 19.50 (got &apos;%1&apos;)</source>
        <translation>--max-recurring muss ein Betrag wie 25 oder 19.50 sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>&apos;bulk rent&apos; needs --from-file FILE, or --region, --type and --count N</source>
        <translation>„bulk rent“ braucht --from-file FILE oder --region, --type und --count N</translation>
    </message>
    <message>
        <source>--count goes with a search (--region, --type), not with --from-file</source>
        <translation>--count gehört zu einer Suche (--region, --type), nicht zu --from-file</translation>
    </message>
    <message>
        <source>--currency must be a 3-letter currency code such as USD (got &apos;%1&apos;)</source>
        <translation>--currency muss ein dreibuchstabiger Währungscode wie USD sein (erhalten: „%1“)</translation>
    </message>
</context>
<context>
    <name>nd::cli::SecretReader</name>
    <message>
        <source>--%1-stdin: nothing could be read from standard input</source>
        <translation>--%1-stdin: Von der Standardeingabe konnte nichts gelesen werden</translation>
    </message>
    <message>
        <source>--%1-stdin: the first line of standard input is empty</source>
        <translation>--%1-stdin: Die erste Zeile der Standardeingabe ist leer</translation>
    </message>
    <message>
        <source>--%1-file: %2 does not exist</source>
        <translation>--%1-file: %2 existiert nicht</translation>
    </message>
    <message>
        <source>--%1-file: %2 can be read by other users; make it private first (chmod 600 %2)</source>
        <translation>--%1-file: %2 ist für andere Benutzer lesbar; machen Sie die Datei zuerst privat (chmod 600 %2)</translation>
    </message>
    <message>
        <source>--%1-file: %2 cannot be read: %3</source>
        <translation>--%1-file: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>--%1-file: the first line of %2 is empty</source>
        <translation>--%1-file: Die erste Zeile von %2 ist leer</translation>
    </message>
</context>
<context>
    <name>nd::json</name>
    <message>
        <source>The field &quot;%1&quot; in the server&apos;s answer is not a list.</source>
        <translation>Das Feld „%1“ in der Antwort des Servers ist keine Liste.</translation>
    </message>
    <message>
        <source>An entry of &quot;%1&quot; in the server&apos;s answer is not an object.</source>
        <translation>Ein Eintrag von „%1“ in der Antwort des Servers ist kein Objekt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>An entry of &quot;activeNumbers&quot; in the server&apos;s answer is not an object.</source>
        <translation>Ein Eintrag von „activeNumbers“ in der Antwort des Servers ist kein Objekt.</translation>
    </message>
    <message>
        <source>The field &quot;activeNumbers&quot; in the server&apos;s answer is not a list.</source>
        <translation>Das Feld „activeNumbers“ in der Antwort des Servers ist keine Liste.</translation>
    </message>
    <message>
        <source>The field &quot;nextPageToken&quot; in the server&apos;s answer is not a string.</source>
        <translation>Das Feld „nextPageToken“ in der Antwort des Servers ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>The authentication server answered without an access token.</source>
        <translation>Der Authentifizierungsserver hat ohne Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <source>The server&apos;s answer (%1) has no &quot;%2&quot;.</source>
        <translation>Die Antwort des Servers (%1) enthält kein „%2“.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; in the server&apos;s answer (%2) is not %3.</source>
        <translation>Das Feld „%1“ in der Antwort des Servers (%2) ist nicht %3.</translation>
    </message>
</context>
<context>
    <name>nd::wire</name>
    <message>
        <source>The project id may only contain letters, digits, &apos;-&apos; and &apos;_&apos; (at most 128 characters).</source>
        <translation>Die Projekt-ID darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten (höchstens 128 Zeichen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in E.164 format (a &apos;+&apos; followed by up to 15 digits).</source>
        <translation>„%1“ ist keine Rufnummer im E.164-Format (ein „+“ gefolgt von bis zu 15 Ziffern).</translation>
    </message>
    <message>
        <source>Unknown voice configuration type &quot;%1&quot;: use RTC, EST or FAX.</source>
        <translation>Unbekannter Sprachkonfigurationstyp „%1“: Verwenden Sie RTC, EST oder FAX.</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>street number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Bundesstaat</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>The emergency address needs a %1.</source>
        <translation>Für die Notrufadresse fehlt: %1.</translation>
    </message>
    <message>
        <source>Searching available numbers needs a region and a number type.</source>
        <translation>Die Suche nach verfügbaren Nummern braucht eine Region und einen Nummerntyp.</translation>
    </message>
    <message>
        <source>Renting any number needs a region and a number type.</source>
        <translation>Die Miete einer beliebigen Nummer braucht eine Region und einen Nummerntyp.</translation>
    </message>
    <message>
        <source>The HMAC secret must be 32 to 64 characters of letters, digits and &apos;-&apos;.</source>
        <translation>Das HMAC-Geheimnis muss 32 bis 64 Zeichen aus Buchstaben, Ziffern und „-“ haben.</translation>
    </message>
</context>
</TS>
