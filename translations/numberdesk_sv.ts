<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Interrupted actions</source>
        <translation>Avbrutna åtgärder</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Number, operation, outcome, profile…</source>
        <translation>Nummer, åtgärd, utfall, profil…</translation>
    </message>
    <message>
        <source>Filter activity records</source>
        <translation>Filtrera aktivitetsposter</translation>
    </message>
    <message>
        <source>Filter activity</source>
        <translation>Filtrera aktivitet</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Reload the activity records</source>
        <translation>Läs in aktivitetsposterna igen</translation>
    </message>
    <message>
        <source>Activity records</source>
        <translation>Aktivitetsposter</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportera &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the activity records as CSV</source>
        <translation>Exportera aktivitetsposterna som CSV</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportera &amp;JSON…</translation>
    </message>
    <message>
        <source>Export the activity records as JSON</source>
        <translation>Exportera aktivitetsposterna som JSON</translation>
    </message>
</context>
<context>
    <name>CallbackConfigDialog</name>
    <message>
        <source>Callback Signing Secret</source>
        <translation>Signeringshemlighet för återanrop</translation>
    </message>
    <message>
        <source>Callback signing secret</source>
        <translation>Signeringshemlighet för återanrop</translation>
    </message>
    <message>
        <source>Sinch signs every number event it sends to your callback URLs with this secret (HMAC-SHA1, header X-Sinch-Signature). Callback URLs themselves are set per number.</source>
        <translation>Sinch signerar varje nummerhändelse som skickas till dina återanrops-URL:er med den här hemligheten (HMAC-SHA1, huvudet X-Sinch-Signature). Själva återanrops-URL:erna anges per nummer.</translation>
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
        <translation>&amp;Hemlighet:</translation>
    </message>
    <message>
        <source>HMAC signing secret</source>
        <translation>HMAC-signeringshemlighet</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Visa hemligheten</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generera</translation>
    </message>
    <message>
        <source>Generate a new random secret</source>
        <translation>Generera en ny slumpmässig hemlighet</translation>
    </message>
    <message>
        <source>Secret problem</source>
        <translation>Problem med hemligheten</translation>
    </message>
    <message>
        <source>Changing the secret takes effect at once: every receiver that still checks signatures with the old secret will reject events until it is updated.</source>
        <translation>En ändrad hemlighet gäller direkt: varje mottagare som fortfarande kontrollerar signaturer med den gamla hemligheten avvisar händelser tills den har uppdaterats.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppa</translation>
    </message>
    <message>
        <source>Stop the request in progress</source>
        <translation>Stoppa den pågående begäran</translation>
    </message>
    <message>
        <source>About the callback signing secret</source>
        <translation>Om signeringshemligheten för återanrop</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
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
        <translation>Regioner</translation>
    </message>
    <message>
        <source>&amp;Regions offering</source>
        <translation>&amp;Regioner som erbjuder</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Show regions that offer mobile numbers</source>
        <translation>Visa regioner som erbjuder mobilnummer</translation>
    </message>
    <message>
        <source>Show regions with mobile numbers</source>
        <translation>Visa regioner med mobilnummer</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokalt</translation>
    </message>
    <message>
        <source>Show regions that offer local (geographic) numbers</source>
        <translation>Visa regioner som erbjuder lokala (geografiska) nummer</translation>
    </message>
    <message>
        <source>Show regions with local numbers</source>
        <translation>Visa regioner med lokala nummer</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Avgiftsfritt</translation>
    </message>
    <message>
        <source>Show regions that offer toll-free numbers</source>
        <translation>Visa regioner som erbjuder avgiftsfria nummer</translation>
    </message>
    <message>
        <source>Show regions with toll-free numbers</source>
        <translation>Visa regioner med avgiftsfria nummer</translation>
    </message>
    <message>
        <source>Region list</source>
        <translation>Regionlista</translation>
    </message>
    <message>
        <source>Choose a region to search its available numbers</source>
        <translation>Välj en region för att söka bland dess tillgängliga nummer</translation>
    </message>
    <message>
        <source>Number views</source>
        <translation>Nummervyer</translation>
    </message>
    <message>
        <source>A&amp;vailable numbers</source>
        <translation>&amp;Tillgängliga nummer</translation>
    </message>
    <message>
        <source>Search the inventory</source>
        <translation>Sök i lagret</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Choose a region on the left</source>
        <translation>Välj en region till vänster</translation>
    </message>
    <message>
        <source>Region searched</source>
        <translation>Sökt region</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Number type</source>
        <translation>Nummertyp</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>&amp;Siffror:</translation>
    </message>
    <message>
        <source>Where the digits are</source>
        <translation>Var siffrorna finns</translation>
    </message>
    <message>
        <source>Digit pattern</source>
        <translation>Siffermönster</translation>
    </message>
    <message>
        <source>e.g. 555 or +1206</source>
        <translation>t.ex. 555 eller +1206</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Högst:</translation>
    </message>
    <message>
        <source>Maximum number of results</source>
        <translation>Högsta antal resultat</translation>
    </message>
    <message>
        <source> numbers</source>
        <translation> nummer</translation>
    </message>
    <message>
        <source>Must support:</source>
        <translation>Måste stödja:</translation>
    </message>
    <message>
        <source>S&amp;MS</source>
        <translation>S&amp;MS</translation>
    </message>
    <message>
        <source>Must support SMS</source>
        <translation>Måste stödja SMS</translation>
    </message>
    <message>
        <source>Voi&amp;ce</source>
        <translation>R&amp;öst</translation>
    </message>
    <message>
        <source>Must support voice</source>
        <translation>Måste stödja röst</translation>
    </message>
    <message>
        <source>Rent any…</source>
        <translation>Hyr valfritt…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Available numbers</source>
        <translation>Tillgängliga nummer</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>Aktivera…</translation>
    </message>
    <message>
        <source>Ac&amp;tive numbers</source>
        <translation>Ak&amp;tiva nummer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>&amp;Find Numbers…</source>
        <translation>&amp;Hitta nummer…</translation>
    </message>
    <message>
        <source>Go to the search form</source>
        <translation>Gå till sökformuläret</translation>
    </message>
    <message>
        <source>Search the available numbers of the chosen region</source>
        <translation>Sök bland tillgängliga nummer i den valda regionen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Reload regions, search results and active numbers</source>
        <translation>Läs in regioner, sökresultat och aktiva nummer igen</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Aktivera…</translation>
    </message>
    <message>
        <source>Rent the selected available number (asks for confirmation first)</source>
        <translation>Hyr det valda tillgängliga numret (frågar först om bekräftelse)</translation>
    </message>
    <message>
        <source>Rent &amp;Any Matching Number…</source>
        <translation>Hyr valfritt &amp;matchande nummer…</translation>
    </message>
    <message>
        <source>Rent any number matching the search (US local numbers only; asks for confirmation first)</source>
        <translation>Hyr valfritt nummer som matchar sökningen (endast lokala nummer i USA; frågar först om bekräftelse)</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detaljer…</translation>
    </message>
    <message>
        <source>Show and edit the selected active number</source>
        <translation>Visa och redigera det valda aktiva numret</translation>
    </message>
    <message>
        <source>R&amp;elease…</source>
        <translation>S&amp;äg upp…</translation>
    </message>
    <message>
        <source>Release the selected active numbers (asks for confirmation first)</source>
        <translation>Säg upp de valda aktiva numren (frågar först om bekräftelse)</translation>
    </message>
    <message>
        <source>&amp;Copy Numbers</source>
        <translation>&amp;Kopiera nummer</translation>
    </message>
    <message>
        <source>Copy the selected numbers in E.164 format, one per line</source>
        <translation>Kopiera de valda numren i E.164-format, ett per rad</translation>
    </message>
    <message>
        <source>&amp;Callback Configuration…</source>
        <translation>Konfiguration för åte&amp;ranrop…</translation>
    </message>
    <message>
        <source>View or change the secret that signs number events</source>
        <translation>Visa eller ändra hemligheten som signerar nummerhändelser</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Manage connection profiles and credentials</source>
        <translation>Hantera anslutningsprofiler och inloggningsuppgifter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;About NumberDesk</source>
        <translation>&amp;Om NumberDesk</translation>
    </message>
    <message>
        <source>Number of regions shown</source>
        <translation>Antal visade regioner</translation>
    </message>
    <message>
        <source>Rent any matching number</source>
        <translation>Hyr valfritt matchande nummer</translation>
    </message>
    <message>
        <source>Lets Sinch choose and rent a number that matches the search; asks for confirmation first</source>
        <translation>Låter Sinch välja och hyra ett nummer som matchar sökningen; frågar först om bekräftelse</translation>
    </message>
    <message>
        <source>Search available numbers</source>
        <translation>Sök tillgängliga nummer</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Sökstatus</translation>
    </message>
    <message>
        <source>Rent the selected number</source>
        <translation>Hyr det valda numret</translation>
    </message>
    <message>
        <source>Opens the rent dialog for the selected available number; nothing is billed before you confirm</source>
        <translation>Öppnar hyrdialogen för det valda tillgängliga numret; inget debiteras innan du bekräftar</translation>
    </message>
</context>
<context>
    <name>NumberDetailsDialog</name>
    <message>
        <source>Number Details</source>
        <translation>Nummerdetaljer</translation>
    </message>
    <message>
        <source>Number details</source>
        <translation>Nummerdetaljer</translation>
    </message>
    <message>
        <source>Number details sections</source>
        <translation>Avsnitt i nummerdetaljerna</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allmänt</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Visnings&amp;namn:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Visningsnamn</translation>
    </message>
    <message>
        <source>A name your team recognises</source>
        <translation>Ett namn som ditt team känner igen</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Type and capabilities</source>
        <translation>Typ och funktioner</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Pris:</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Återkommande pris</translation>
    </message>
    <message>
        <source>Next charge:</source>
        <translation>Nästa debitering:</translation>
    </message>
    <message>
        <source>Next charge date</source>
        <translation>Datum för nästa debitering</translation>
    </message>
    <message>
        <source>Release:</source>
        <translation>Uppsägning:</translation>
    </message>
    <message>
        <source>Release status</source>
        <translation>Uppsägningsstatus</translation>
    </message>
    <message>
        <source>Provisioning:</source>
        <translation>Provisionering:</translation>
    </message>
    <message>
        <source>Provisioning state</source>
        <translation>Provisioneringsstatus</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Reload the number from the server</source>
        <translation>Läs in numret från servern igen</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <source>What saving will do</source>
        <translation>Vad som händer när du sparar</translation>
    </message>
    <message>
        <source>&amp;Emergency Address</source>
        <translation>&amp;Nödadress</translation>
    </message>
    <message>
        <source>Provisioned emergency address</source>
        <translation>Provisionerad nödadress</translation>
    </message>
    <message>
        <source>Name &amp;shown to dispatch:</source>
        <translation>Namn som visas för &amp;larmcentralen:</translation>
    </message>
    <message>
        <source>Name shown to emergency dispatch</source>
        <translation>Namn som visas för larmcentralen</translation>
    </message>
    <message>
        <source>Street n&amp;umber:</source>
        <translation>Gatu&amp;nummer:</translation>
    </message>
    <message>
        <source>Street number</source>
        <translation>Gatunummer</translation>
    </message>
    <message>
        <source>Str&amp;eet:</source>
        <translation>&amp;Gata:</translation>
    </message>
    <message>
        <source>Street name</source>
        <translation>Gatunamn</translation>
    </message>
    <message>
        <source>&amp;Location (optional):</source>
        <translation>&amp;Plats (valfritt):</translation>
    </message>
    <message>
        <source>Location, such as suite or floor</source>
        <translation>Plats, till exempel svit eller våning</translation>
    </message>
    <message>
        <source>Suite, floor, building…</source>
        <translation>Svit, våning, byggnad…</translation>
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
        <translation>Del&amp;stat:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Delstat</translation>
    </message>
    <message>
        <source>Two letters, e.g. WA</source>
        <translation>Två bokstäver, t.ex. WA</translation>
    </message>
    <message>
        <source>&amp;ZIP code:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>ZIP+&amp;4 (optional):</source>
        <translation>ZIP+&amp;4 (valfritt):</translation>
    </message>
    <message>
        <source>ZIP plus four</source>
        <translation>ZIP plus fyra</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problem med adressen</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validera</translation>
    </message>
    <message>
        <source>Validate the address</source>
        <translation>Validera adressen</translation>
    </message>
    <message>
        <source>&amp;Provision…</source>
        <translation>&amp;Provisionera…</translation>
    </message>
    <message>
        <source>Provision this emergency address</source>
        <translation>Provisionera den här nödadressen</translation>
    </message>
    <message>
        <source>&amp;Deprovision…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Remove the emergency address</source>
        <translation>Ta bort nödadressen</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>Läs &amp;in igen</translation>
    </message>
    <message>
        <source>Reload the emergency address</source>
        <translation>Läs in nödadressen igen</translation>
    </message>
    <message>
        <source>Validation result</source>
        <translation>Valideringsresultat</translation>
    </message>
    <message>
        <source>Use &amp;corrected address</source>
        <translation>Använd &amp;korrigerad adress</translation>
    </message>
    <message>
        <source>Use corrected address</source>
        <translation>Använd korrigerad adress</translation>
    </message>
    <message>
        <source>Suggested &amp;addresses:</source>
        <translation>Föreslagna &amp;adresser:</translation>
    </message>
    <message>
        <source>Suggested addresses</source>
        <translation>Föreslagna adresser</translation>
    </message>
    <message>
        <source>Use &amp;selected address</source>
        <translation>Använd &amp;vald adress</translation>
    </message>
    <message>
        <source>Use selected suggested address</source>
        <translation>Använd den valda föreslagna adressen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>S&amp;toppa</translation>
    </message>
    <message>
        <source>Stop the request in progress</source>
        <translation>Stoppa den pågående begäran</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message numerus="yes">
        <source>%1 of %n region(s) shown: those offering the checked types</source>
        <translation>
            <numerusform>%1 av %n region visas: de som erbjuder de markerade typerna</numerusform>
            <numerusform>%1 av %n regioner visas: de som erbjuder de markerade typerna</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Visa detaljer…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Dölj detaljer…</translation>
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
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiera &amp;länkadress</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release Numbers</source>
        <translation>Säg upp nummer</translation>
    </message>
    <message>
        <source>Release numbers</source>
        <translation>Säg upp nummer</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Vad som kommer att hända</translation>
    </message>
    <message>
        <source>Numbers to release</source>
        <translation>Nummer som ska sägas upp</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Charges that stop</source>
        <translation>Avgifter som upphör</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Number of numbers to release, typed to confirm</source>
        <translation>Antal nummer att säga upp, inskrivet som bekräftelse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Release progress</source>
        <translation>Uppsägningens förlopp</translation>
    </message>
</context>
<context>
    <name>RentDialog</name>
    <message>
        <source>Rent Number</source>
        <translation>Hyr nummer</translation>
    </message>
    <message>
        <source>Rent number</source>
        <translation>Hyr nummer</translation>
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
        <translation>Typ och funktioner:</translation>
    </message>
    <message>
        <source>Type and capabilities</source>
        <translation>Typ och funktioner</translation>
    </message>
    <message>
        <source>Setup fee (once):</source>
        <translation>Startavgift (engång):</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>Startavgift</translation>
    </message>
    <message>
        <source>Recurring price:</source>
        <translation>Återkommande pris:</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Återkommande pris</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Obs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>S&amp;toppa</translation>
    </message>
    <message>
        <source>Stop the request in progress</source>
        <translation>Stoppa den pågående begäran</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Kontrollera &amp;igen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Kontrollera igen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>Anslutningsprofiler</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Anslutningsprofiler</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profiler:</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiler</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Lägg till en profil</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Ta bort den valda profilen</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile talks to the emulator inside NumberDesk. It cannot be edited or removed, and it never costs money.</source>
        <translation>Den inbyggda profilen Sandbox pratar med emulatorn i NumberDesk. Den kan inte redigeras eller tas bort, och den kostar aldrig pengar.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilnamn</translation>
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
        <translation>&amp;Nyckel-ID:</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Åtkomstnyckelns ID</translation>
    </message>
    <message>
        <source>Key &amp;secret:</source>
        <translation>Nyckel&amp;hemlighet:</translation>
    </message>
    <message>
        <source>Access key secret</source>
        <translation>Åtkomstnyckelns hemlighet</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Show the key secret</source>
        <translation>Visa nyckelhemligheten</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>A&amp;utentisering:</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Autentiseringsmetod</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancerat</translation>
    </message>
    <message>
        <source>N&amp;umbers API URL:</source>
        <translation>URL för N&amp;umbers API:</translation>
    </message>
    <message>
        <source>Numbers API URL</source>
        <translation>URL för Numbers API</translation>
    </message>
    <message>
        <source>Au&amp;th server URL:</source>
        <translation>URL för au&amp;tentiseringsserver:</translation>
    </message>
    <message>
        <source>Authentication server URL</source>
        <translation>URL för autentiseringsservern</translation>
    </message>
    <message>
        <source>Where the key secret is stored</source>
        <translation>Var nyckelhemligheten lagras</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultat av anslutningstestet</translation>
    </message>
    <message>
        <source>About the Sandbox profile</source>
        <translation>Om profilen Sandbox</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Gränssnittets språk</translation>
    </message>
    <message>
        <source>The language of NumberDesk and numberdesk-cli; applies after a restart</source>
        <translation>Språket för NumberDesk och numberdesk-cli; gäller efter en omstart</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Obs om språk</translation>
    </message>
    <message>
        <source>Applies after restart</source>
        <translation>Gäller efter omstart</translation>
    </message>
    <message>
        <source>Parallel s&amp;ync requests:</source>
        <translation>Parallella s&amp;ynkförfrågningar:</translation>
    </message>
    <message>
        <source>Requests in flight when syncing</source>
        <translation>Samtidiga förfrågningar vid synkronisering</translation>
    </message>
</context>
<context>
    <name>SmsVoiceConfigWidget</name>
    <message>
        <source>Number configuration</source>
        <translation>Nummerkonfiguration</translation>
    </message>
    <message>
        <source>&amp;SMS: link to a service plan</source>
        <translation>&amp;SMS: koppla till en tjänsteplan</translation>
    </message>
    <message>
        <source>Link to an SMS service plan</source>
        <translation>Koppla till en SMS-tjänsteplan</translation>
    </message>
    <message>
        <source>Service &amp;plan ID:</source>
        <translation>Tjänste&amp;plan-ID:</translation>
    </message>
    <message>
        <source>SMS service plan ID</source>
        <translation>ID för SMS-tjänsteplan</translation>
    </message>
    <message>
        <source>From the dashboard&apos;s SMS section</source>
        <translation>Från SMS-avsnittet i instrumentpanelen</translation>
    </message>
    <message>
        <source>10DLC &amp;campaign ID:</source>
        <translation>10DLC-&amp;kampanj-ID:</translation>
    </message>
    <message>
        <source>10DLC campaign ID</source>
        <translation>10DLC-kampanj-ID</translation>
    </message>
    <message>
        <source>Optional; US numbers need one for A2P traffic</source>
        <translation>Valfritt; amerikanska nummer behöver ett för A2P-trafik</translation>
    </message>
    <message>
        <source>SMS configuration problem</source>
        <translation>Problem med SMS-konfigurationen</translation>
    </message>
    <message>
        <source>&amp;Voice: route calls to</source>
        <translation>&amp;Röst: dirigera samtal till</translation>
    </message>
    <message>
        <source>Link to voice</source>
        <translation>Koppla till röst</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Voice target type</source>
        <translation>Typ av röstmål</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>App-&amp;ID:</translation>
    </message>
    <message>
        <source>Voice target ID</source>
        <translation>ID för röstmål</translation>
    </message>
    <message>
        <source>Voice configuration problem</source>
        <translation>Problem med röstkonfigurationen</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>Återanrops-&amp;URL:</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Återanrops-URL</translation>
    </message>
    <message>
        <source>Optional: https://… receives provisioning events for this number</source>
        <translation>Valfritt: https://… tar emot provisioneringshändelser för numret</translation>
    </message>
    <message>
        <source>Callback URL problem</source>
        <translation>Problem med återanrops-URL:en</translation>
    </message>
</context>
<context>
    <name>nd::ActionCall</name>
    <message>
        <source>The API client is no longer available.</source>
        <translation>API-klienten är inte längre tillgänglig.</translation>
    </message>
    <message>
        <source>Nothing was sent: the connection is gone.</source>
        <translation>Inget skickades: anslutningen finns inte längre.</translation>
    </message>
    <message>
        <source>Nothing was sent: there is nothing to change.</source>
        <translation>Inget skickades: det finns inget att ändra.</translation>
    </message>
    <message>
        <source>The activity log cannot be written. Nothing was sent.</source>
        <translation>Aktivitetsloggen kan inte skrivas. Inget skickades.</translation>
    </message>
    <message>
        <source>Cancelled before the rental was sent: nothing was rented.</source>
        <translation>Avbröts innan hyran skickades: inget hyrdes.</translation>
    </message>
    <message>
        <source>Nothing was rented: your current numbers could not be listed first (%1). Renting without that list would make a lost answer impossible to check. You can try again.</source>
        <translation>Inget hyrdes: dina nuvarande nummer kunde inte listas först (%1). Utan den listan skulle ett förlorat svar inte gå att kontrollera. Du kan försöka igen.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Avbrutet: %1</translation>
    </message>
    <message>
        <source>Cancelled before the request was sent: nothing was changed.</source>
        <translation>Avbröts innan begäran skickades: inget ändrades.</translation>
    </message>
    <message>
        <source>Rented %1.</source>
        <translation>Hyrde %1.</translation>
    </message>
    <message>
        <source>%1 was already being released (until %2): nothing changed.</source>
        <translation>%1 höll redan på att sägas upp (till %2): inget ändrades.</translation>
    </message>
    <message>
        <source>Released %1: it stays yours until %2, then it goes back to the inventory.</source>
        <translation>Sade upp %1: det är ditt till %2 och återgår sedan till lagret.</translation>
    </message>
    <message>
        <source>Released %1.</source>
        <translation>Sade upp %1.</translation>
    </message>
    <message>
        <source>Emergency address of %1 provisioned.</source>
        <translation>Nödadressen för %1 har provisionerats.</translation>
    </message>
    <message>
        <source>Emergency address of %1 removed.</source>
        <translation>Nödadressen för %1 har tagits bort.</translation>
    </message>
    <message>
        <source>Callback HMAC secret updated.</source>
        <translation>HMAC-hemligheten för återanrop har uppdaterats.</translation>
    </message>
    <message>
        <source>Updated %1. Configuration changes take effect once provisioning completes.</source>
        <translation>Uppdaterade %1. Konfigurationsändringar börjar gälla när provisioneringen är klar.</translation>
    </message>
    <message>
        <source>%1 (The answer was unclear (%2); reading the number back showed the change.)</source>
        <translation>%1 (Svaret var oklart (%2); när numret lästes tillbaka syntes ändringen.)</translation>
    </message>
    <message numerus="yes">
        <source>Not done: the server refused %n request(s) because of its rate limit (HTTP 429). Nothing was changed; you can try again later.</source>
        <translation>
            <numerusform>Inte utfört: servern avvisade %n begäran på grund av sin hastighetsbegränsning (HTTP 429). Inget ändrades; du kan försöka igen senare.</numerusform>
            <numerusform>Inte utfört: servern avvisade %n begäranden på grund av sin hastighetsbegränsning (HTTP 429). Inget ändrades; du kan försöka igen senare.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer one of your active numbers (released or removed by someone else): there is nothing to release.</source>
        <translation>%1 är inte längre ett av dina aktiva nummer (uppsagt eller borttaget av någon annan): det finns inget att säga upp.</translation>
    </message>
    <message>
        <source>%1 has no emergency address: there was nothing to remove.</source>
        <translation>%1 har ingen nödadress: det fanns inget att ta bort.</translation>
    </message>
    <message>
        <source>Not done: %1 Nothing was changed.</source>
        <translation>Inte utfört: %1 Inget ändrades.</translation>
    </message>
    <message>
        <source>Not done: %1 %2</source>
        <translation>Inte utfört: %1 %2</translation>
    </message>
    <message>
        <source>Step %1 of %2 (%3) was saved, the rest was not (%4). Saving again sends only what is missing.</source>
        <translation>Steg %1 av %2 (%3) sparades, resten inte (%4). Om du sparar igen skickas bara det som saknas.</translation>
    </message>
    <message>
        <source>the earlier outcome was unknown</source>
        <translation>det tidigare utfallet var okänt</translation>
    </message>
    <message>
        <source>it was cancelled after the request was sent</source>
        <translation>den avbröts efter att begäran skickats</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>servern svarade inte i tid</translation>
    </message>
    <message>
        <source>the connection was closed before the answer arrived</source>
        <translation>anslutningen stängdes innan svaret kom</translation>
    </message>
    <message>
        <source>the server answered with an error (HTTP %1)</source>
        <translation>servern svarade med ett fel (HTTP %1)</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and checking the number failed too (%2). Check the Active numbers list for %3 before trying again.</source>
        <translation>Utfallet okänt: %1, och kontrollen av numret misslyckades också (%2). Leta efter %3 i listan över aktiva nummer innan du försöker igen.</translation>
    </message>
    <message>
        <source>%1 is already one of your active numbers, but not because of this request: the rent was refused as &quot;not available&quot; because someone else (another user or program of this project) rented it first. Nothing was charged for this request. Do not rent it again.</source>
        <translation>%1 är redan ett av dina aktiva nummer, men inte på grund av den här begäran: hyran avvisades som ”inte tillgängligt” eftersom någon annan (en annan användare eller ett annat program i det här projektet) hyrde det först. Inget debiterades för den här begäran. Hyr det inte igen.</translation>
    </message>
    <message>
        <source>Rented %1: %2, but the number is now one of your active numbers. Do not rent it again.</source>
        <translation>Hyrde %1: %2, men numret är nu ett av dina aktiva nummer. Hyr det inte igen.</translation>
    </message>
    <message>
        <source>%1 was NOT rented: %2</source>
        <translation>%1 hyrdes INTE: %2</translation>
    </message>
    <message>
        <source>%1 was NOT rented: it is no longer available (someone else may have taken it).</source>
        <translation>%1 hyrdes INTE: det är inte längre tillgängligt (någon annan kan ha tagit det).</translation>
    </message>
    <message>
        <source>%1 was NOT rented: %2, and the number is still available, so the rental did not take effect. You can try again.</source>
        <translation>%1 hyrdes INTE: %2, och numret är fortfarande tillgängligt, så hyran trädde inte i kraft. Du kan försöka igen.</translation>
    </message>
    <message>
        <source>%1 was NOT rented: it is not one of your numbers and is no longer available (someone else took it).</source>
        <translation>%1 hyrdes INTE: det är inte ett av dina nummer och är inte längre tillgängligt (någon annan tog det).</translation>
    </message>
    <message>
        <source>The outcome of a rent-any cannot be checked again later: look for a %1 number you did not expect in the Active numbers list.</source>
        <translation>Utfallet av en valfri hyra kan inte kontrolleras igen senare: leta efter ett oväntat %1-nummer i listan över aktiva nummer.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and listing your numbers to check failed too (%2). Check the Active numbers list (%3) for a number you did not expect before trying again.</source>
        <translation>Utfallet okänt: %1, och listningen av dina nummer för kontroll misslyckades också (%2). Leta efter ett oväntat nummer i listan över aktiva nummer (%3) innan du försöker igen.</translation>
    </message>
    <message>
        <source>Nothing was rented: %1, and no new %2 number appeared in your active numbers. You can try again.</source>
        <translation>Inget hyrdes: %1, och inget nytt %2-nummer dök upp bland dina aktiva nummer. Du kan försöka igen.</translation>
    </message>
    <message>
        <source>Rented %1: %2, but this new number appeared in your active numbers. Do not rent again.</source>
        <translation>Hyrde %1: %2, men det här nya numret dök upp bland dina aktiva nummer. Hyr inte igen.</translation>
    </message>
    <message numerus="yes">
        <source>WARNING: %n new numbers appeared in your active numbers (%1): more than one number may have been rented (a double rental), or someone else rented at the same time. Review them and release the ones you do not want.</source>
        <translation>
            <numerusform>VARNING: %n nytt nummer dök upp bland dina aktiva nummer (%1): mer än ett nummer kan ha hyrts (dubbel hyra), eller så hyrde någon annan samtidigt. Granska dem och säg upp dem du inte vill ha.</numerusform>
            <numerusform>VARNING: %n nya nummer dök upp bland dina aktiva nummer (%1): mer än ett nummer kan ha hyrts (dubbel hyra), eller så hyrde någon annan samtidigt. Granska dem och säg upp dem du inte vill ha.</numerusform>
        </translation>
    </message>
    <message>
        <source>Released %1: %2, but the number now has an expiry date (%3): the release was registered. Do not release it again.</source>
        <translation>Sade upp %1: %2, men numret har nu ett slutdatum (%3): uppsägningen registrerades. Säg inte upp det igen.</translation>
    </message>
    <message>
        <source>%1 was NOT released: %2, and the number is still active with no expiry date. You can try again.</source>
        <translation>%1 sades INTE upp: %2, och numret är fortfarande aktivt utan slutdatum. Du kan försöka igen.</translation>
    </message>
    <message>
        <source>%1 is no longer one of your active numbers: it is already gone.</source>
        <translation>%1 är inte längre ett av dina aktiva nummer: det är redan borta.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and checking the number failed too (%2). Check whether %3 shows an expiry date before trying again.</source>
        <translation>Utfallet okänt: %1, och kontrollen av numret misslyckades också (%2). Kontrollera om %3 har ett slutdatum innan du försöker igen.</translation>
    </message>
    <message>
        <source>%1 was NOT updated: it is no longer one of your active numbers.</source>
        <translation>%1 uppdaterades INTE: det är inte längre ett av dina aktiva nummer.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and reading the number back failed too (%2). Check the settings of %3 before trying again.</source>
        <translation>Utfallet okänt: %1, och att läsa tillbaka numret misslyckades också (%2). Kontrollera inställningarna för %3 innan du försöker igen.</translation>
    </message>
    <message>
        <source>%1 was NOT updated: %2, and the number does not show the requested %3. You can try again.</source>
        <translation>%1 uppdaterades INTE: %2, och numret visar inte begärd %3. Du kan försöka igen.</translation>
    </message>
    <message>
        <source>%1 shows only part of the update: save again to send what is missing.</source>
        <translation>%1 visar bara en del av uppdateringen: spara igen för att skicka det som saknas.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and reading the callback configuration back failed too (%2). Check it with &apos;callbacks get&apos; before trying again.</source>
        <translation>Utfallet okänt: %1, och att läsa tillbaka återanropskonfigurationen misslyckades också (%2). Kontrollera den med ”callbacks get” innan du försöker igen.</translation>
    </message>
    <message>
        <source>Callback HMAC secret updated: %1, but the project now has the new secret.</source>
        <translation>HMAC-hemligheten för återanrop uppdaterades: %1, men projektet har nu den nya hemligheten.</translation>
    </message>
    <message>
        <source>The callback HMAC secret was NOT changed: %1, and the project still has a different secret. You can try again.</source>
        <translation>HMAC-hemligheten för återanrop ändrades INTE: %1, och projektet har fortfarande en annan hemlighet. Du kan försöka igen.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and reading the emergency address back failed too (%2). Check the emergency address of %3 before trying again.</source>
        <translation>Utfallet okänt: %1, och att läsa tillbaka nödadressen misslyckades också (%2). Kontrollera nödadressen för %3 innan du försöker igen.</translation>
    </message>
    <message>
        <source>The emergency address of %1 was NOT changed: %2, and %1 is not one of your active numbers.</source>
        <translation>Nödadressen för %1 ändrades INTE: %2, och %1 är inte ett av dina aktiva nummer.</translation>
    </message>
    <message>
        <source>Emergency address of %1 provisioned: %2, but the number now has the requested address.</source>
        <translation>Nödadressen för %1 provisionerades: %2, men numret har nu den begärda adressen.</translation>
    </message>
    <message>
        <source>The emergency address of %1 was NOT changed: %2, and the number does not have the requested address. You can try again.</source>
        <translation>Nödadressen för %1 ändrades INTE: %2, och numret har inte den begärda adressen. Du kan försöka igen.</translation>
    </message>
    <message>
        <source>Emergency address of %1 removed: %2, but the number now has no emergency address.</source>
        <translation>Nödadressen för %1 togs bort: %2, men numret har nu ingen nödadress.</translation>
    </message>
    <message>
        <source>The emergency address of %1 was NOT removed: %2, and the number still has one. You can try again.</source>
        <translation>Nödadressen för %1 togs INTE bort: %2, och numret har fortfarande en. Du kan försöka igen.</translation>
    </message>
    <message>
        <source>The program stopped waiting for the answer: check the number before trying again.</source>
        <translation>Programmet slutade vänta på svaret: kontrollera numret innan du försöker igen.</translation>
    </message>
</context>
<context>
    <name>nd::ActionKinds</name>
    <message>
        <source>Rent</source>
        <translation>Hyra</translation>
    </message>
    <message>
        <source>Rent any</source>
        <translation>Hyra valfritt</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdatering</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Uppsägning</translation>
    </message>
    <message>
        <source>Provision emergency address</source>
        <translation>Provisionera nödadress</translation>
    </message>
    <message>
        <source>Deprovision emergency address</source>
        <translation>Ta bort nödadress</translation>
    </message>
    <message>
        <source>Change callback secret</source>
        <translation>Byt återanropshemlighet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Inte utförd</translation>
    </message>
    <message>
        <source>Done by someone else</source>
        <translation>Utförd av någon annan</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Utfall okänt</translation>
    </message>
</context>
<context>
    <name>nd::ActiveNumberModel</name>
    <message>
        <source>Releasing on %1</source>
        <translation>Sägs upp %1</translation>
    </message>
    <message>
        <source>The release is registered: the number stays yours until %1, then returns to the inventory.</source>
        <translation>Uppsägningen är registrerad: numret är ditt till %1 och återgår sedan till lagret.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Visningsnamn</translation>
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
        <translation>Funktioner</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Återkommande pris</translation>
    </message>
    <message>
        <source>Next charge</source>
        <translation>Nästa debitering</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Upphör</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Röst</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Provisionering</translation>
    </message>
</context>
<context>
    <name>nd::ActiveNumberWalker</name>
    <message>
        <source>The API client is no longer available.</source>
        <translation>API-klienten är inte längre tillgänglig.</translation>
    </message>
    <message>
        <source>The server returned the same page token twice; stopped listing.</source>
        <translation>Servern returnerade samma sidtoken två gånger; listningen avbröts.</translation>
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
        <translation>Alla regioner</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Starting with</source>
        <translation>Börjar med</translation>
    </message>
    <message>
        <source>Containing</source>
        <translation>Innehåller</translation>
    </message>
    <message>
        <source>Ending with</source>
        <translation>Slutar med</translation>
    </message>
    <message>
        <source>digits, e.g. 555</source>
        <translation>siffror, t.ex. 555</translation>
    </message>
    <message>
        <source>part of the display name</source>
        <translation>del av visningsnamnet</translation>
    </message>
    <message>
        <source>Being released</source>
        <translation>Sägs upp</translation>
    </message>
    <message>
        <source>Not being released</source>
        <translation>Sägs inte upp</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ver&amp;kställ</translation>
    </message>
    <message>
        <source>Show the numbers that match these filters</source>
        <translation>Visa numren som matchar de här filtren</translation>
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
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>Releasin&amp;g:</source>
        <translation>U&amp;ppsägning:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;ummer:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>Find a name or a number</source>
        <translation>Sök efter ett namn eller ett nummer</translation>
    </message>
    <message>
        <source>Find in the active numbers</source>
        <translation>Sök bland de aktiva numren</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Ändr&amp;ingar</translation>
    </message>
    <message>
        <source>What the last sync added, removed and changed, field by field</source>
        <translation>Vad den senaste synkroniseringen lade till, tog bort och ändrade, fält för fält</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Visa &amp;alla</translation>
    </message>
    <message>
        <source>Active numbers</source>
        <translation>Aktiva nummer</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detaljer…</translation>
    </message>
    <message>
        <source>Show details of the selected number</source>
        <translation>Visa detaljer för det valda numret</translation>
    </message>
    <message>
        <source>R&amp;elease…</source>
        <translation>S&amp;äg upp…</translation>
    </message>
    <message>
        <source>Release the selected numbers</source>
        <translation>Säg upp de valda numren</translation>
    </message>
    <message>
        <source>Inventory sync</source>
        <translation>Synkronisering av lagret</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synkroniseringens förlopp</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 numbers…</source>
        <translation>Synkroniserar: %1 av %2 nummer…</translation>
    </message>
    <message>
        <source>Syncing the inventory…</source>
        <translation>Synkroniserar lagret…</translation>
    </message>
    <message>
        <source>Offline; no inventory synced yet</source>
        <translation>Frånkopplad; inget lager har synkroniserats ännu</translation>
    </message>
    <message>
        <source>Inventory not synced yet</source>
        <translation>Lagret har inte synkroniserats ännu</translation>
    </message>
    <message>
        <source>Offline, as of %1</source>
        <translation>Frånkopplad, läget per %1</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synkroniserat just nu</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Synkroniserat för %n min sedan</numerusform>
            <numerusform>Synkroniserat för %n min sedan</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synkroniserat %1</translation>
    </message>
    <message>
        <source>Inventory mirror: %1</source>
        <translation>Lokal kopia av lagret: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The digit pattern may contain only digits, optionally after a leading +.</source>
        <translation>Siffermönstret får bara innehålla siffror, eventuellt efter ett inledande +.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n number(s): %1</source>
        <translation>
            <numerusform>Visar %n nummer: %1</numerusform>
            <numerusform>Visar %n nummer: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) not understood</source>
        <translation>
            <numerusform>%n pris kunde inte tolkas</numerusform>
            <numerusform>%n priser kunde inte tolkas</numerusform>
        </translation>
    </message>
    <message>
        <source>no recurring charge</source>
        <translation>ingen återkommande avgift</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n nummer</numerusform>
            <numerusform>%n nummer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 av %2 matchar</translation>
    </message>
    <message>
        <source>Active numbers: reading the mirror… %1</source>
        <translation>Aktiva nummer: läser den lokala kopian… %1</translation>
    </message>
    <message numerus="yes">
        <source>Active numbers: %n</source>
        <translation>
            <numerusform>Aktiva nummer: %n</numerusform>
            <numerusform>Aktiva nummer: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown: %n number(s), %1</source>
        <translation>
            <numerusform>Visas: %n nummer, %1</numerusform>
            <numerusform>Visas: %n nummer, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n number(s), %1</source>
        <translation>
            <numerusform>Valda: %n nummer, %1</numerusform>
            <numerusform>Valda: %n nummer, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the inventory from the server…</source>
        <translation>Läser lagret från servern…</translation>
    </message>
    <message>
        <source>No active numbers yet: the inventory has not been synced, or the project rents none.</source>
        <translation>Inga aktiva nummer ännu: lagret har inte synkroniserats, eller så hyr projektet inga nummer.</translation>
    </message>
    <message>
        <source>“%1” in names and numbers</source>
        <translation>”%1” i namn och nummer</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>region %1</translation>
    </message>
    <message>
        <source>numbers with %1</source>
        <translation>nummer med %1</translation>
    </message>
    <message>
        <source>names with “%1”</source>
        <translation>namn med ”%1”</translation>
    </message>
    <message>
        <source>being released</source>
        <translation>sägs upp</translation>
    </message>
    <message>
        <source>not being released</source>
        <translation>sägs inte upp</translation>
    </message>
    <message numerus="yes">
        <source>No active number matches: %1 (among %n number(s) in the inventory). Clear the find field, choose “All” in the filters or press “Show all” to see more.</source>
        <translation>
            <numerusform>Inget aktivt nummer matchar: %1 (bland %n nummer i lagret). Töm sökfältet, välj ”Alla” i filtren eller tryck på ”Visa alla” för att se fler.</numerusform>
            <numerusform>Inget aktivt nummer matchar: %1 (bland %n nummer i lagret). Töm sökfältet, välj ”Alla” i filtren eller tryck på ”Visa alla” för att se fler.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV, as numberdesk-cli writes it (*.csv)</source>
        <translation>CSV, som numberdesk-cli skriver den (*.csv)</translation>
    </message>
    <message>
        <source>JSON, every field (*.json)</source>
        <translation>JSON, alla fält (*.json)</translation>
    </message>
    <message>
        <source>Export Active Numbers</source>
        <translation>Exportera aktiva nummer</translation>
    </message>
    <message>
        <source>active-numbers.csv</source>
        <translation>aktiva-nummer.csv</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n number(s) to %1</source>
        <translation>
            <numerusform>Exporterade %n nummer till %1</numerusform>
            <numerusform>Exporterade %n nummer till %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::ActivityDialog</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
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
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>The activity log cannot be read: %1</source>
        <translation>Aktivitetsloggen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>no activity log is open.</source>
        <translation>ingen aktivitetslogg är öppen.</translation>
    </message>
    <message>
        <source>Interrupted: check the outcome</source>
        <translation>Avbruten: kontrollera utfallet</translation>
    </message>
    <message>
        <source>NumberDesk stopped while this action was being sent, so its outcome was never recorded. Look at the number in the main window before repeating it.</source>
        <translation>NumberDesk stoppades medan den här åtgärden skickades, så dess utfall registrerades aldrig. Titta på numret i huvudfönstret innan du upprepar den.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) were interrupted: NumberDesk stopped before their outcome was known. They are highlighted below. Check each number&apos;s state (for example, whether it is in your active numbers) before you try the action again.</source>
        <translation>
            <numerusform>%n åtgärd avbröts: NumberDesk stoppades innan dess utfall var känt. Den är markerad nedan. Kontrollera numrets tillstånd (till exempel om det finns bland dina aktiva nummer) innan du försöker igen.</numerusform>
            <numerusform>%n åtgärder avbröts: NumberDesk stoppades innan deras utfall var känt. De är markerade nedan. Kontrollera varje nummers tillstånd (till exempel om det finns bland dina aktiva nummer) innan du försöker igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Activity as CSV</source>
        <translation>Exportera aktivitet som CSV</translation>
    </message>
    <message>
        <source>Export Activity as JSON</source>
        <translation>Exportera aktivitet som JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>The activity could not be exported to %1: %2</source>
        <translation>Aktiviteten kunde inte exporteras till %1: %2</translation>
    </message>
    <message>
        <source>Cost effect</source>
        <translation>Kostnadseffekt</translation>
    </message>
</context>
<context>
    <name>nd::ActivityRecorder</name>
    <message>
        <source>no activity log is open.</source>
        <translation>ingen aktivitetslogg är öppen.</translation>
    </message>
    <message>
        <source>The activity log cannot be written: %1 Nothing was sent.</source>
        <translation>Aktivitetsloggen kan inte skrivas: %1 Inget skickades.</translation>
    </message>
    <message>
        <source>The outcome could not be written to the activity log: %1</source>
        <translation>Utfallet kunde inte skrivas till aktivitetsloggen: %1</translation>
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
        <translation>Begäran avbröts.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). The request may still have been carried out: check the current state before retrying.</source>
        <translation>
            <numerusform>Servern svarade inte inom %n sekund. Begäran kan ändå ha utförts: kontrollera det aktuella läget innan du försöker igen.</numerusform>
            <numerusform>Servern svarade inte inom %n sekunder. Begäran kan ändå ha utförts: kontrollera det aktuella läget innan du försöker igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established (TLS error). Check the URL, the system clock and any proxy in between.</source>
        <translation>Det gick inte att upprätta en säker anslutning till servern (TLS-fel). Kontrollera URL:en, systemklockan och eventuell proxy däremellan.</translation>
    </message>
    <message>
        <source>The request was rejected as invalid (HTTP 400).</source>
        <translation>Begäran avvisades som ogiltig (HTTP 400).</translation>
    </message>
    <message>
        <source>The request was rejected: %1</source>
        <translation>Begäran avvisades: %1</translation>
    </message>
    <message>
        <source>The credentials were rejected (HTTP 401). Check the key id and key secret.</source>
        <translation>Inloggningsuppgifterna avvisades (HTTP 401). Kontrollera nyckel-ID och nyckelhemlighet.</translation>
    </message>
    <message>
        <source>Permission denied (HTTP 403): this access key or project may not perform this operation.</source>
        <translation>Åtkomst nekad (HTTP 403): den här åtkomstnyckeln eller det här projektet får inte utföra åtgärden.</translation>
    </message>
    <message>
        <source>Permission denied (HTTP 403): %1</source>
        <translation>Åtkomst nekad (HTTP 403): %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server is rate limiting (HTTP 429). Retry after %n second(s).</source>
        <translation>
            <numerusform>För många begäranden: servern begränsar takten (HTTP 429). Försök igen om %n sekund.</numerusform>
            <numerusform>För många begäranden: servern begränsar takten (HTTP 429). Försök igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: the server is rate limiting (HTTP 429). Try again later.</source>
        <translation>För många begäranden: servern begränsar takten (HTTP 429). Försök igen senare.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>inga detaljer</translation>
    </message>
    <message>
        <source>Server error (HTTP %1): %2. The operation may or may not have been carried out; check the current state before retrying.</source>
        <translation>Serverfel (HTTP %1): %2. Åtgärden kan ha utförts eller inte; kontrollera det aktuella läget innan du försöker igen.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>Servern svarade med HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1: %2</source>
        <translation>Servern svarade med HTTP %1: %2</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established: its certificate was not accepted. Check the URL, the system clock, any proxy in between, and whether a company CA certificate must be added (CA bundle setting).</source>
        <translation>Det gick inte att upprätta en säker anslutning till servern: dess certifikat godtogs inte. Kontrollera URL:en, systemklockan, eventuell proxy däremellan och om ett CA-certifikat från företaget måste läggas till (inställningen CA-paket).</translation>
    </message>
    <message>
        <source>The number is not an active number of this project.</source>
        <translation>Numret är inte ett aktivt nummer i det här projektet.</translation>
    </message>
    <message>
        <source>The number %1 is not an active number of this project.</source>
        <translation>Numret %1 är inte ett aktivt nummer i det här projektet.</translation>
    </message>
    <message>
        <source>The number is not available.</source>
        <translation>Numret är inte tillgängligt.</translation>
    </message>
    <message>
        <source>The number %1 is not available.</source>
        <translation>Numret %1 är inte tillgängligt.</translation>
    </message>
    <message>
        <source>No callback configuration was found for this project.</source>
        <translation>Ingen återanropskonfiguration hittades för det här projektet.</translation>
    </message>
    <message>
        <source>No callback configuration was found for project %1.</source>
        <translation>Ingen återanropskonfiguration hittades för projektet %1.</translation>
    </message>
    <message>
        <source>The %1 was not found.</source>
        <translation>%1 hittades inte.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 hittades inte.</translation>
    </message>
    <message>
        <source>The %1 %2 was not found.</source>
        <translation>%1 %2 hittades inte.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): %1</source>
        <translation>Hittades inte (HTTP 404): %1</translation>
    </message>
    <message>
        <source>Not found (HTTP 404).</source>
        <translation>Hittades inte (HTTP 404).</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>certifikat: %1</translation>
    </message>
    <message>
        <source>issued by: %1</source>
        <translation>utfärdat av: %1</translation>
    </message>
    <message>
        <source>valid until: %1</source>
        <translation>giltigt till: %1</translation>
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
        <translation>Hitta, hyr, konfigurera och säg upp telefonnummer (Sinch Numbers API).</translation>
    </message>
    <message>
        <source>Start with the profile &lt;name&gt;.</source>
        <translation>Starta med profilen &lt;namn&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>Start on the built-in Sandbox profile (local emulator, nothing is billed).</source>
        <translation>Starta med den inbyggda profilen Sandbox (lokal emulator, inget debiteras).</translation>
    </message>
    <message>
        <source>Save screenshots of the main views and dialogs into &lt;dir&gt;, then quit.</source>
        <translation>Spara skärmbilder av huvudvyerna och dialogrutorna i &lt;mapp&gt; och avsluta sedan.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>mapp</translation>
    </message>
    <message>
        <source>The saved profiles could not be read: %1</source>
        <translation>De sparade profilerna kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Start, wait until the main window shows the first regions and active numbers, then quit (exit status 0; 1 on an error or after 20 seconds).</source>
        <translation>Starta, vänta tills huvudfönstret visar de första regionerna och aktiva numren och avsluta sedan (slutstatus 0; 1 vid fel eller efter 20 sekunder).</translation>
    </message>
</context>
<context>
    <name>nd::AuditLog</name>
    <message>
        <source>No file name was given for the activity log.</source>
        <translation>Inget filnamn angavs för aktivitetsloggen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the activity log.</source>
        <translation>Mappen %1 för aktivitetsloggen kan inte skapas.</translation>
    </message>
    <message>
        <source>Cannot create the activity log %1: the folder %2 is read-only.</source>
        <translation>Aktivitetsloggen %1 kan inte skapas: mappen %2 är skrivskyddad.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an activity log.</source>
        <translation>%1 är en mapp, inte en aktivitetslogg.</translation>
    </message>
    <message>
        <source>Cannot read the activity log %1: %2</source>
        <translation>Aktivitetsloggen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 is not a NumberDesk activity log (it is not an SQLite database). The file was left unchanged: move it away or choose another file to keep a new log.</source>
        <translation>%1 är ingen aktivitetslogg för NumberDesk (det är ingen SQLite-databas). Filen lämnades orörd: flytta den eller välj en annan fil för att föra en ny logg.</translation>
    </message>
    <message>
        <source>Cannot write to the activity log %1: the file or its folder is read-only.</source>
        <translation>Det går inte att skriva till aktivitetsloggen %1: filen eller dess mapp är skrivskyddad.</translation>
    </message>
    <message>
        <source>Cannot open the activity log: the Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Aktivitetsloggen kan inte öppnas: Qt:s SQLite-drivrutin (QSQLITE) är inte installerad.</translation>
    </message>
    <message>
        <source>Cannot open the activity log %1: %2</source>
        <translation>Aktivitetsloggen %1 kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable activity log: %2. The file was left unchanged.</source>
        <translation>%1 är ingen användbar aktivitetslogg: %2. Filen lämnades orörd.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a NumberDesk activity log. The file was left unchanged.</source>
        <translation>%1 är en SQLite-databas från ett annat program, inte en aktivitetslogg för NumberDesk. Filen lämnades orörd.</translation>
    </message>
    <message>
        <source>The activity log %1 is damaged (%2). The file was left unchanged.</source>
        <translation>Aktivitetsloggen %1 är skadad (%2). Filen lämnades orörd.</translation>
    </message>
    <message>
        <source>write-ahead logging is not available</source>
        <translation>skrivloggning i förväg (WAL) är inte tillgänglig</translation>
    </message>
    <message>
        <source>Cannot write to the activity log %1: %2</source>
        <translation>Det går inte att skriva till aktivitetsloggen %1: %2</translation>
    </message>
    <message>
        <source>The activity log %1 was written by a newer version of NumberDesk (format %2; this version reads up to %3). Update NumberDesk to use it.</source>
        <translation>Aktivitetsloggen %1 skrevs av en nyare version av NumberDesk (format %2; den här versionen läser upp till %3). Uppdatera NumberDesk för att använda den.</translation>
    </message>
    <message>
        <source>The activity log is not open.</source>
        <translation>Aktivitetsloggen är inte öppen.</translation>
    </message>
    <message>
        <source>Cannot record the action in %1: %2</source>
        <translation>Åtgärden kan inte registreras i %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the outcome in %1: %2</source>
        <translation>Utfallet kan inte registreras i %1: %2</translation>
    </message>
    <message>
        <source>There is no activity record %1.</source>
        <translation>Det finns ingen aktivitetspost %1.</translation>
    </message>
    <message>
        <source>Activity record %1 is already finished (%2): recorded history cannot be changed.</source>
        <translation>Aktivitetsposten %1 är redan avslutad (%2): registrerad historik kan inte ändras.</translation>
    </message>
    <message>
        <source>Activity record %1 already names its numbers; they cannot be changed.</source>
        <translation>Aktivitetsposten %1 anger redan sina nummer; de kan inte ändras.</translation>
    </message>
    <message>
        <source>The export destination cannot be written to.</source>
        <translation>Det går inte att skriva till exportmålet.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Exporten kan inte skrivas: %1</translation>
    </message>
    <message>
        <source>In progress or interrupted</source>
        <translation>Pågår eller avbruten</translation>
    </message>
    <message>
        <source>Cannot create the activity log %1.</source>
        <translation>Aktivitetsloggen %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>An unknown outcome can only be settled as known.</source>
        <translation>Ett okänt utfall kan bara avgöras med ett känt utfall.</translation>
    </message>
    <message>
        <source>Activity record %1 has no unknown outcome to settle.</source>
        <translation>Aktivitetsposten %1 har inget okänt utfall att avgöra.</translation>
    </message>
    <message>
        <source>%1 (settled later by a check)</source>
        <translation>%1 (avgjort senare genom en kontroll)</translation>
    </message>
</context>
<context>
    <name>nd::AvailableNumberModel</name>
    <message>
        <source>Required</source>
        <translation>Krävs</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Krävs inte</translation>
    </message>
    <message>
        <source>Renting this number needs regulatory documents.</source>
        <translation>Att hyra det här numret kräver myndighetsdokument.</translation>
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
        <translation>Funktioner</translation>
    </message>
    <message>
        <source>Setup price</source>
        <translation>Startpris</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Återkommande pris</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Debiteras</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>nd::AvailableRentActions</name>
    <message>
        <source>Rent Selec&amp;ted…</source>
        <translation>H&amp;yr valda…</translation>
    </message>
    <message>
        <source>Rent the selected available numbers as one job, after a preview of the prices</source>
        <translation>Hyr de valda tillgängliga numren som ett jobb, efter en förhandsvisning av priserna</translation>
    </message>
    <message>
        <source>Rent Several &amp;Matching…</source>
        <translation>Hyr &amp;flera matchande…</translation>
    </message>
    <message>
        <source>Rent a number of numbers matching the current search criteria as one job</source>
        <translation>Hyr ett antal nummer som matchar de aktuella sökvillkoren som ett jobb</translation>
    </message>
    <message>
        <source>Rent the selected numbers</source>
        <translation>Hyr de valda numren</translation>
    </message>
    <message>
        <source>Opens a rent job for the selected available numbers; nothing is billed before you confirm</source>
        <translation>Öppnar ett hyrjobb för de valda tillgängliga numren; inget debiteras innan du bekräftar</translation>
    </message>
    <message numerus="yes">
        <source>Rent %n Selec&amp;ted…</source>
        <translation>
            <numerusform>H&amp;yr %n valt nummer…</numerusform>
            <numerusform>H&amp;yr %n valda nummer…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rent Several Matching Numbers</source>
        <translation>Hyr flera matchande nummer</translation>
    </message>
    <message>
        <source>Rent numbers matching the current search criteria: %1. The next step shows each number with its prices and the totals; nothing is rented before you confirm.</source>
        <translation>Hyr nummer som matchar de aktuella sökvillkoren: %1. Nästa steg visar varje nummer med dess priser och totalbeloppen; inget hyrs innan du bekräftar.</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>inget tak</translation>
    </message>
    <message>
        <source>The most the numbers rented may cost together per billing period, per currency (for example 25 or 19.50)</source>
        <translation>Det högsta belopp som de hyrda numren sammanlagt får kosta per debiteringsperiod och valuta (till exempel 25 eller 19.50)</translation>
    </message>
    <message>
        <source>&amp;How many numbers:</source>
        <translation>&amp;Antal nummer:</translation>
    </message>
    <message>
        <source>At most this &amp;recurring total:</source>
        <translation>&amp;Högsta återkommande totalbelopp:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Förhandsgranska…</translation>
    </message>
    <message>
        <source>Type an amount such as 25 or 19.50, or leave it empty.</source>
        <translation>Ange ett belopp, till exempel 25 eller 19.50, eller lämna fältet tomt.</translation>
    </message>
</context>
<context>
    <name>nd::BulkJobDialog</name>
    <message numerus="yes">
        <source>Reading %n number(s) as they are now…</source>
        <translation>
            <numerusform>Läser %n nummer som det ser ut nu…</numerusform>
            <numerusform>Läser %n nummer som de ser ut nu…</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
    <message>
        <source>Job %1 finished.</source>
        <translation>Jobbet %1 är klart.</translation>
    </message>
    <message>
        <source>Job %1 was cancelled.</source>
        <translation>Jobbet %1 annullerades.</translation>
    </message>
    <message>
        <source>Job %1 is paused.</source>
        <translation>Jobbet %1 är pausat.</translation>
    </message>
    <message>
        <source>Job %1 was interrupted. The steps that were in flight are read back first: nothing is sent twice.</source>
        <translation>Jobbet %1 avbröts. Stegen som pågick läses först tillbaka: inget skickas två gånger.</translation>
    </message>
    <message>
        <source>Resume Interrupted Job</source>
        <translation>Återuppta avbrutet jobb</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%2 of %n number(s)) was interrupted.</source>
        <translation>
            <numerusform>Jobbet %1 (%2 av %n nummer) avbröts.</numerusform>
            <numerusform>Jobbet %1 (%2 av %n nummer) avbröts.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 still to do. Resuming reads back what was in flight first.</source>
        <translation>%1 klara, %2 återstår. Vid återupptagandet läses det som pågick tillbaka först.</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Återuppta…</translation>
    </message>
    <message>
        <source>Update Numbers</source>
        <translation>Uppdatera nummer</translation>
    </message>
    <message>
        <source>Release Numbers</source>
        <translation>Säg upp nummer</translation>
    </message>
    <message>
        <source>unchanged; {n} = 1, 2, 3…, {number} = the number</source>
        <translation>oförändrat; {n} = 1, 2, 3…, {number} = numret</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>oförändrat</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Visnings&amp;namn:</translation>
    </message>
    <message>
        <source>SMS service &amp;plan:</source>
        <translation>SMS-&amp;tjänsteplan:</translation>
    </message>
    <message>
        <source>10DLC &amp;campaign:</source>
        <translation>10DLC-&amp;kampanj:</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>Återanrops-UR&amp;L:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Säg upp</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Cancel &amp;Job</source>
        <translation>&amp;Annullera jobbet</translation>
    </message>
    <message>
        <source>Retry the Ones &amp;Not Done</source>
        <translation>Försök igen med de &amp;inte utförda</translation>
    </message>
    <message>
        <source>Pausing: the numbers in flight finish first…</source>
        <translation>Pausar: de pågående numren slutförs först…</translation>
    </message>
    <message>
        <source>Cancelling: the numbers in flight finish first…</source>
        <translation>Annullerar: de pågående numren slutförs först…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Update %n number(s). Each is changed as shown; an SMS plan or campaign is unlinked before the new one is linked.</source>
        <translation>
            <numerusform>Uppdatera %n nummer. Det ändras enligt förhandsvisningen; en SMS-plan eller kampanj kopplas bort innan den nya kopplas.</numerusform>
            <numerusform>Uppdatera %n nummer. Vart och ett ändras enligt förhandsvisningen; en SMS-plan eller kampanj kopplas bort innan den nya kopplas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n number(s) at the end of their paid periods. This cannot be undone.</source>
        <translation>
            <numerusform>Säg upp %n nummer vid slutet av den betalda perioden. Det går inte att ångra.</numerusform>
            <numerusform>Säg upp %n nummer vid slutet av deras betalda perioder. Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, could not be read: %1</source>
        <translation>Utelämnade, kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>release</source>
        <translation>uppsägning</translation>
    </message>
    <message numerus="yes">
        <source>release: %1 every %n month(s) stops</source>
        <translation>
            <numerusform>uppsägning: %1 varje månad upphör</numerusform>
            <numerusform>uppsägning: %1 var %n:e månad upphör</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>inget att ändra</translation>
    </message>
    <message>
        <source>Recurring prices that stop: %1</source>
        <translation>Återkommande priser som upphör: %1</translation>
    </message>
    <message>
        <source>No price changes.</source>
        <translation>Inga prisändringar.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) already have these settings: nothing is sent for them.</source>
        <translation>
            <numerusform>%n nummer har redan de här inställningarna: inget skickas för det.</numerusform>
            <numerusform>%n nummer har redan de här inställningarna: inget skickas för dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>To confirm, type the number of numbers (%1):</source>
        <translation>Bekräfta genom att skriva antalet nummer (%1):</translation>
    </message>
    <message>
        <source>Job %1 is running.</source>
        <translation>Jobbet %1 körs.</translation>
    </message>
    <message>
        <source>%1 done, %2 not done, %3 unknown, %4 to go.</source>
        <translation>%1 klara, %2 inte utförda, %3 okända, %4 återstår.</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left.</source>
        <translation>
            <numerusform>Ungefär %n sekund kvar.</numerusform>
            <numerusform>Ungefär %n sekunder kvar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 stopped: %2</source>
        <translation>Jobbet %1 stoppades: %2</translation>
    </message>
    <message>
        <source>Rent Numbers</source>
        <translation>Hyr nummer</translation>
    </message>
    <message>
        <source>Remove Emergency Addresses</source>
        <translation>Ta bort nödadresser</translation>
    </message>
    <message>
        <source>&amp;Rent</source>
        <translation>&amp;Hyr</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message numerus="yes">
        <source>Rent %n number(s) matching %1 (billable). If someone else takes one of these before the job reaches it, the job searches again for another.</source>
        <translation>
            <numerusform>Hyr %n nummer som matchar %1 (debiteras). Om någon annan tar det innan jobbet har kommit fram till det, söker jobbet efter ett annat.</numerusform>
            <numerusform>Hyr %n nummer som matchar %1 (debiteras). Om någon annan tar ett av dem innan jobbet har kommit fram till det, söker jobbet efter ett annat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rent %n number(s) (billable).</source>
        <translation>
            <numerusform>Hyr %n nummer (debiteras).</numerusform>
            <numerusform>Hyr %n nummer (debiteras).</numerusform>
        </translation>
    </message>
    <message>
        <source>Setup prices: %1</source>
        <translation>Startavgifter: %1</translation>
    </message>
    <message>
        <source>Recurring prices that start: %1</source>
        <translation>Återkommande priser som börjar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Job %1: offers were taken by someone else; searching again for %n more number(s)…</source>
        <translation>
            <numerusform>Jobbet %1: erbjudanden togs av någon annan; söker igen efter %n nummer till…</numerusform>
            <numerusform>Jobbet %1: erbjudanden togs av någon annan; söker igen efter %n nummer till…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rent: setup %1, then %2 every %n month(s)</source>
        <translation>
            <numerusform>hyra: start %1, sedan %2 varje månad</numerusform>
            <numerusform>hyra: start %1, sedan %2 var %n:e månad</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message numerus="yes">
        <source>Checking that %n number(s) are still on offer, and at what price…</source>
        <translation>
            <numerusform>Kontrollerar att %n nummer fortfarande erbjuds, och till vilket pris…</numerusform>
            <numerusform>Kontrollerar att %n nummer fortfarande erbjuds, och till vilka priser…</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no connection.</source>
        <translation>Det finns ingen anslutning.</translation>
    </message>
    <message numerus="yes">
        <source>Searching for %n number(s) matching %1…</source>
        <translation>
            <numerusform>Söker efter %n nummer som matchar %1…</numerusform>
            <numerusform>Söker efter %n nummer som matchar %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) left out to stay within the recurring cap of %1.</source>
        <translation>
            <numerusform>%n erbjudande utelämnades för att hålla sig inom det återkommande taket på %1.</numerusform>
            <numerusform>%n erbjudanden utelämnades för att hålla sig inom det återkommande taket på %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 of the %2 numbers asked for can be rented now.</source>
        <translation>Bara %1 av de %2 begärda numren kan hyras nu.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Sökningen misslyckades: %1</translation>
    </message>
</context>
<context>
    <name>nd::CallbackConfigDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Spara…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Dölj</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Dölj hemligheten</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Visa hemligheten</translation>
    </message>
    <message>
        <source>A new random secret was generated. It is not saved until you press Save.</source>
        <translation>En ny slumpmässig hemlighet har genererats. Den sparas inte förrän du trycker på Spara.</translation>
    </message>
    <message numerus="yes">
        <source>The secret must be 32 to 64 characters of letters, digits and “-” (now %n character(s)).</source>
        <translation>
            <numerusform>Hemligheten måste bestå av 32 till 64 tecken av bokstäver, siffror och ”-” (nu %n tecken).</numerusform>
            <numerusform>Hemligheten måste bestå av 32 till 64 tecken av bokstäver, siffror och ”-” (nu %n tecken).</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the callback configuration…</source>
        <translation>Läser in återanropskonfigurationen…</translation>
    </message>
    <message>
        <source>No signing secret is set. Generate one and save it.</source>
        <translation>Ingen signeringshemlighet har angetts. Generera en och spara den.</translation>
    </message>
    <message>
        <source>This project has no callback configuration yet; saving a secret creates it.</source>
        <translation>Projektet har ingen återanropskonfiguration än; den skapas när du sparar en hemlighet.</translation>
    </message>
    <message>
        <source>Loading was stopped. Close and reopen the dialog to try again.</source>
        <translation>Inläsningen stoppades. Stäng och öppna dialogrutan igen för att försöka på nytt.</translation>
    </message>
    <message>
        <source>Change Signing Secret</source>
        <translation>Byt signeringshemlighet</translation>
    </message>
    <message>
        <source>Change the callback signing secret of project %1?</source>
        <translation>Byta signeringshemligheten för återanrop i projektet %1?</translation>
    </message>
    <message>
        <source>From now on, events are signed with the new secret. Receivers that still use the old secret will reject them until you update them. Copy the new secret to your receivers.</source>
        <translation>Från och med nu signeras händelser med den nya hemligheten. Mottagare som fortfarande använder den gamla avvisar dem tills du uppdaterar dem. Kopiera den nya hemligheten till dina mottagare.</translation>
    </message>
    <message>
        <source>&amp;Change Secret</source>
        <translation>&amp;Byt hemlighet</translation>
    </message>
    <message>
        <source>Saving the new secret…</source>
        <translation>Sparar den nya hemligheten…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>The new secret is active. Update your receivers now.</source>
        <translation>Den nya hemligheten är aktiv. Uppdatera dina mottagare nu.</translation>
    </message>
    <message>
        <source>No clear answer; reading the secret back to see whether it changed…</source>
        <translation>Inget tydligt svar; läser tillbaka hemligheten för att se om den ändrades…</translation>
    </message>
    <message>
        <source>The server is busy (rate limit): waiting to send again…</source>
        <translation>Servern är upptagen (hastighetsbegränsning): väntar med att skicka igen…</translation>
    </message>
    <message>
        <source>Reopen this dialog to see the current secret before saving again.</source>
        <translation>Öppna den här dialogrutan igen för att se den aktuella hemligheten innan du sparar igen.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Kopiera hemligheten till urklipp</translation>
    </message>
    <message>
        <source>Secret copied to the clipboard.</source>
        <translation>Hemligheten har kopierats till urklipp.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>St&amp;äng</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
</context>
<context>
    <name>nd::CallbackInspector</name>
    <message>
        <source>Callback Inspector</source>
        <translation>Återanropsgranskare</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Mottagna</translation>
    </message>
    <message>
        <source>&amp;Check a signature</source>
        <translation>&amp;Kontrollera en signatur</translation>
    </message>
    <message>
        <source>&amp;Send test callback</source>
        <translation>&amp;Skicka teståteranrop</translation>
    </message>
    <message>
        <source>The project&apos;s callback secret could not be read, so signatures cannot be checked: %1</source>
        <translation>Projektets återanropshemlighet kunde inte läsas, så signaturer kan inte kontrolleras: %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>The port on 127.0.0.1 to receive callbacks on; Automatic picks a free one</source>
        <translation>Porten på 127.0.0.1 där återanrop tas emot; Automatisk väljer en ledig port</translation>
    </message>
    <message>
        <source>Cop&amp;y URL</source>
        <translation>K&amp;opiera URL</translation>
    </message>
    <message>
        <source>&amp;Use as Callback URL of Selected Numbers…</source>
        <translation>&amp;Använd som återanrops-URL för valda nummer…</translation>
    </message>
    <message>
        <source>Set this receiver as the callback URL of the numbers selected in the main window</source>
        <translation>Ange den här mottagaren som återanrops-URL för numren som är valda i huvudfönstret</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Receiver URL:</source>
        <translation>Mottagarens URL:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Click a callback to see its headers, raw body and signature check.</source>
        <translation>Klicka på ett återanrop för att se dess huvuden, rådata och signaturkontroll.</translation>
    </message>
    <message>
        <source>Reading the project&apos;s callback secret…</source>
        <translation>Läser projektets återanropshemlighet…</translation>
    </message>
    <message>
        <source>Listening. Signatures are checked against the project&apos;s current secret (and the previous one after a rotation).</source>
        <translation>Lyssnar. Signaturer kontrolleras mot projektets aktuella hemlighet (och mot den föregående efter ett byte).</translation>
    </message>
    <message>
        <source>Stopped: callbacks sent to the URL now fail.</source>
        <translation>Stoppad: återanrop som skickas till URL:en misslyckas nu.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppa</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tarta</translation>
    </message>
    <message>
        <source>(not JSON)</source>
        <translation>(inte JSON)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ogiltig</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <source>Expected X-Sinch-Signature: %1</source>
        <translation>Förväntad X-Sinch-Signature: %1</translation>
    </message>
    <message>
        <source>Failure: %1 (%2)</source>
        <translation>Fel: %1 (%2)</translation>
    </message>
    <message>
        <source>Select one or more numbers in the main window&apos;s list of your numbers first.</source>
        <translation>Välj först ett eller flera nummer i listan över dina nummer i huvudfönstret.</translation>
    </message>
    <message>
        <source>Use a local callback URL on a real account?</source>
        <translation>Använda en lokal återanrops-URL på ett riktigt konto?</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 as the callback URL of %n number(s)?</source>
        <translation>
            <numerusform>Ange %1 som återanrops-URL för %n nummer?</numerusform>
            <numerusform>Ange %1 som återanrops-URL för %n nummer?</numerusform>
        </translation>
    </message>
    <message>
        <source>This profile is not the sandbox. Sinch&apos;s servers cannot reach this computer, so events for these numbers will be lost until you set their callback URL back.</source>
        <translation>Den här profilen är inte sandlådan. Sinchs servrar kan inte nå den här datorn, så händelser för de här numren går förlorade tills du återställer deras återanrops-URL.</translation>
    </message>
    <message>
        <source>Set Callback URL</source>
        <translation>Ange återanrops-URL</translation>
    </message>
    <message>
        <source>The selected numbers already use this callback URL.</source>
        <translation>De valda numren använder redan den här återanrops-URL:en.</translation>
    </message>
    <message numerus="yes">
        <source>Setting the callback URL of %n number(s)…</source>
        <translation>
            <numerusform>Anger återanrops-URL för %n nummer…</numerusform>
            <numerusform>Anger återanrops-URL för %n nummer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Callback URL set on %1 of %n number(s). Their next provisioning events come here.</source>
        <translation>
            <numerusform>Återanrops-URL angiven för %1 av %n nummer. Nästa provisioneringshändelser för det kommer hit.</numerusform>
            <numerusform>Återanrops-URL angiven för %1 av %n nummer. Deras nästa provisioneringshändelser kommer hit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::CallbackReceiver</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>kan inte lyssna på 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>nd::CallbackSender</name>
    <message>
        <source>&apos;%1&apos; is not a URL (give one such as http://127.0.0.1:8080/hooks)</source>
        <translation>”%1” är ingen URL (ange en som http://127.0.0.1:8080/hooks)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>”%1” är ingen http- eller https-URL</translation>
    </message>
</context>
<context>
    <name>nd::CallbackSignature</name>
    <message>
        <source>valid (signed with the previous secret)</source>
        <translation>giltig (signerad med den föregående hemligheten)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>giltig</translation>
    </message>
    <message>
        <source>not checked: no secret is known</source>
        <translation>inte kontrollerad: ingen hemlighet är känd</translation>
    </message>
    <message>
        <source>invalid: there is no X-Sinch-Signature header</source>
        <translation>ogiltig: det finns inget X-Sinch-Signature-huvud</translation>
    </message>
    <message>
        <source>invalid: the signature is not 40 hexadecimal digits (base64 or another algorithm?)</source>
        <translation>ogiltig: signaturen består inte av 40 hexadecimala siffror (base64 eller en annan algoritm?)</translation>
    </message>
    <message>
        <source>invalid: the signature does not match the body with this secret</source>
        <translation>ogiltig: signaturen stämmer inte med innehållet med den här hemligheten</translation>
    </message>
</context>
<context>
    <name>nd::ChangesView</name>
    <message>
        <source>Added</source>
        <translation>Tillagda</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttagna</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <source>Show in the list</source>
        <translation>Visa i listan</translation>
    </message>
    <message>
        <source>List the added and changed numbers in the Active numbers table</source>
        <translation>Visa de tillagda och ändrade numren i tabellen Aktiva nummer</translation>
    </message>
    <message>
        <source>Changes since the previous sync</source>
        <translation>Ändringar sedan föregående synkronisering</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Added or changed by the last sync</source>
        <translation>Tillagt eller ändrat vid den senaste synkroniseringen</translation>
    </message>
    <message>
        <source>The inventory has not been synced yet.</source>
        <translation>Lagret har inte synkroniserats ännu.</translation>
    </message>
    <message numerus="yes">
        <source>The first sync (%1) found %n number(s); later syncs list what changed.</source>
        <translation>
            <numerusform>Den första synkroniseringen (%1) hittade %n nummer; senare synkroniseringar visar vad som ändrats.</numerusform>
            <numerusform>Den första synkroniseringen (%1) hittade %n nummer; senare synkroniseringar visar vad som ändrats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Between the syncs of %1 and %2: %3 added, %4 removed, %5 changed.</source>
        <translation>Mellan synkroniseringarna %1 och %2: %3 tillagda, %4 borttagna, %5 ändrade.</translation>
    </message>
</context>
<context>
    <name>nd::ConnectionSettings</name>
    <message>
        <source>No project id is set.</source>
        <translation>Inget projekt-ID har angetts.</translation>
    </message>
    <message>
        <source>The project id may only contain letters, digits, &apos;-&apos; and &apos;_&apos; (at most 128 characters).</source>
        <translation>Projekt-ID:t får bara innehålla bokstäver, siffror, ”-” och ”_” (högst 128 tecken).</translation>
    </message>
    <message>
        <source>No access key id is set.</source>
        <translation>Inget ID för åtkomstnyckel har angetts.</translation>
    </message>
    <message>
        <source>No access key secret is set.</source>
        <translation>Ingen hemlighet för åtkomstnyckeln har angetts.</translation>
    </message>
    <message>
        <source>The transfer timeout must not be negative.</source>
        <translation>Tidsgränsen för överföring får inte vara negativ.</translation>
    </message>
    <message>
        <source>The CA bundle &quot;%1&quot; could not be read: %2</source>
        <translation>CA-paketet ”%1” kunde inte läsas: %2</translation>
    </message>
    <message>
        <source>The CA bundle &quot;%1&quot; is too large to be a certificate file.</source>
        <translation>CA-paketet ”%1” är för stort för att vara en certifikatfil.</translation>
    </message>
    <message>
        <source>The CA bundle &quot;%1&quot; contains no PEM certificate (expected &quot;-----BEGIN CERTIFICATE-----&quot; blocks).</source>
        <translation>CA-paketet ”%1” innehåller inget PEM-certifikat (block med ”-----BEGIN CERTIFICATE-----” förväntas).</translation>
    </message>
    <message>
        <source>The Numbers API URL &quot;%1&quot; is not a valid URL.</source>
        <translation>URL:en för Numbers API ”%1” är inte en giltig URL.</translation>
    </message>
    <message>
        <source>The authentication URL &quot;%1&quot; is not a valid URL.</source>
        <translation>Autentiserings-URL:en ”%1” är inte en giltig URL.</translation>
    </message>
    <message>
        <source>The Numbers API URL must start with https:// (got &quot;%1&quot;).</source>
        <translation>URL:en för Numbers API måste börja med https:// (fick ”%1”).</translation>
    </message>
    <message>
        <source>The authentication URL must start with https:// (got &quot;%1&quot;).</source>
        <translation>Autentiserings-URL:en måste börja med https:// (fick ”%1”).</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain http to %1: use https:// (plain http is only allowed for the local machine: localhost, 127.0.0.1, ::1).</source>
        <translation>Inloggningsuppgifter skickas inte över okrypterad http till %1: använd https:// (http är bara tillåtet för den lokala datorn: localhost, 127.0.0.1, ::1).</translation>
    </message>
</context>
<context>
    <name>nd::CostEffect</name>
    <message numerus="yes">
        <source>%1 %2 every %n month(s)</source>
        <translation>
            <numerusform>%1 %2 varje månad</numerusform>
            <numerusform>%1 %2 var %n:e månad</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 per period</source>
        <translation>%1 %2 per period</translation>
    </message>
    <message>
        <source>stops %1</source>
        <comment>a recurring charge that stops</comment>
        <translation>upphör: %1</translation>
    </message>
    <message>
        <source>possibly stops %1</source>
        <comment>outcome unknown</comment>
        <translation>upphör kanske: %1</translation>
    </message>
    <message>
        <source>%1 %2 setup</source>
        <translation>%1 %2 i startavgift</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <comment>setup cost + recurring cost</comment>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>possibly %1</source>
        <comment>outcome unknown</comment>
        <translation>kanske %1</translation>
    </message>
</context>
<context>
    <name>nd::DisplayText</name>
    <message>
        <source>Unknown type</source>
        <translation>Okänd typ</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokalt</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Avgiftsfritt</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Ej angiven</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Röst</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Status not specified</source>
        <translation>Status ej angiven</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>Okänd status</translation>
    </message>
    <message>
        <source>Voice API app</source>
        <translation>Voice API-app</translation>
    </message>
    <message>
        <source>Elastic SIP trunk</source>
        <translation>Elastic SIP-trunk</translation>
    </message>
    <message>
        <source>Fax service</source>
        <translation>Faxtjänst</translation>
    </message>
    <message>
        <source>Unknown voice type</source>
        <translation>Okänd rösttyp</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Inte kopplad</translation>
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
        <translation>Tjänsteplan %1</translation>
    </message>
    <message>
        <source>Service plan %1, campaign %2</source>
        <translation>Tjänsteplan %1, kampanj %2</translation>
    </message>
    <message>
        <source>unlinking</source>
        <translation>kopplas bort</translation>
    </message>
    <message>
        <source>service plan %1</source>
        <translation>tjänsteplan %1</translation>
    </message>
    <message>
        <source>service plan %1, campaign %2</source>
        <translation>tjänsteplan %1, kampanj %2</translation>
    </message>
    <message>
        <source>SMS: %1 (%2)</source>
        <extracomment>%1 = status (&quot;Waiting&quot;), %2 = what is being applied</extracomment>
        <translation>SMS: %1 (%2)</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>ingen orsak angavs</translation>
    </message>
    <message>
        <source>Voice: %1 (%2)</source>
        <translation>Röst: %1 (%2)</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>varje månad</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>varje år</translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>varje månad</numerusform>
            <numerusform>var %n:e månad</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Could not be determined</source>
        <translation>Kunde inte avgöras</translation>
    </message>
    <message>
        <source>Exact match: the address is valid as entered</source>
        <translation>Exakt träff: adressen är giltig som den är angiven</translation>
    </message>
    <message>
        <source>Near match: a corrected address is suggested</source>
        <translation>Nära träff: en korrigerad adress föreslås</translation>
    </message>
    <message>
        <source>No match: the address is not valid</source>
        <translation>Ingen träff: adressen är inte giltig</translation>
    </message>
    <message>
        <source>Unknown result</source>
        <translation>Okänt resultat</translation>
    </message>
    <message>
        <source>Link to an SMS service plan</source>
        <translation>Koppla till en SMS-tjänsteplan</translation>
    </message>
    <message>
        <source>Unlink from the SMS service plan</source>
        <translation>Koppla bort från SMS-tjänsteplanen</translation>
    </message>
    <message>
        <source>Link to a 10DLC campaign</source>
        <translation>Koppla till en 10DLC-kampanj</translation>
    </message>
    <message>
        <source>Unlink from the 10DLC campaign</source>
        <translation>Koppla bort från 10DLC-kampanjen</translation>
    </message>
    <message>
        <source>Enable voice</source>
        <translation>Aktivera röst</translation>
    </message>
    <message>
        <source>Disable voice</source>
        <translation>Inaktivera röst</translation>
    </message>
    <message>
        <source>Number order changed</source>
        <translation>Nummerbeställningen ändrades</translation>
    </message>
    <message>
        <source>Unknown event</source>
        <translation>Okänd händelse</translation>
    </message>
    <message>
        <source>Enabling voice on the number failed</source>
        <translation>Det gick inte att aktivera röst på numret</translation>
    </message>
</context>
<context>
    <name>nd::ErrorBanner</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Stäng det här meddelandet</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Stäng meddelandet</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
</context>
<context>
    <name>nd::FieldChange</name>
    <message>
        <source>display name</source>
        <translation>visningsnamn</translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation>återanrops-URL</translation>
    </message>
    <message>
        <source>SMS service plan</source>
        <translation>SMS-tjänsteplan</translation>
    </message>
    <message>
        <source>10DLC campaign</source>
        <translation>10DLC-kampanj</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>röst</translation>
    </message>
    <message>
        <source>emergency address</source>
        <translation>nödadress</translation>
    </message>
    <message>
        <source>callback HMAC secret</source>
        <translation>HMAC-hemlighet för återanrop</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>slutdatum</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>%1: rotated</source>
        <translation>%1: bytt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
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
        <translation>Nummer av typen %1 i %2 (%3 per månad)</translation>
    </message>
    <message>
        <source>Run-rate per month by region (%1)</source>
        <translation>Löpande kostnad per månad efter region (%1)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation>Nummer av typen %1</translation>
    </message>
    <message>
        <source>Numbers by type</source>
        <translation>Nummer efter typ</translation>
    </message>
    <message>
        <source>Numbers charged in %1</source>
        <extracomment>%1 = month (&quot;Dec 2026&quot;)</extracomment>
        <translation>Nummer som debiteras i %1</translation>
    </message>
    <message>
        <source>Charges due in the next 12 months (%1)</source>
        <translation>Avgifter som förfaller de närmaste 12 månaderna (%1)</translation>
    </message>
    <message>
        <source>Run-rate per month by region</source>
        <translation>Löpande kostnad per månad efter region</translation>
    </message>
    <message>
        <source>Charges due in the next 12 months</source>
        <translation>Avgifter som förfaller de närmaste 12 månaderna</translation>
    </message>
</context>
<context>
    <name>nd::InsightPanel</name>
    <message>
        <source>No inventory yet: press Sync now to fetch every number into the local mirror.</source>
        <translation>Inget lager ännu: tryck på Synkronisera nu för att hämta alla nummer till den lokala kopian.</translation>
    </message>
    <message>
        <source>The currency the run-rate and the charges are shown in</source>
        <translation>Valutan som den löpande kostnaden och avgifterna visas i</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Val&amp;uta:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronisera nu</translation>
    </message>
    <message>
        <source>Fetch every active number into the local mirror, then show the report again</source>
        <translation>Hämta alla aktiva nummer till den lokala kopian och visa sedan rapporten igen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <source>Read the local mirror again (no network)</source>
        <translation>Läs den lokala kopian igen (utan nätverk)</translation>
    </message>
    <message>
        <source>Save c&amp;hart as PNG…</source>
        <translation>Spara &amp;diagram som PNG…</translation>
    </message>
    <message>
        <source>Run-rate by region…</source>
        <translation>Löpande kostnad efter region…</translation>
    </message>
    <message>
        <source>Numbers by type…</source>
        <translation>Nummer efter typ…</translation>
    </message>
    <message>
        <source>Charges by month…</source>
        <translation>Avgifter per månad…</translation>
    </message>
    <message>
        <source>E&amp;xport report as CSV…</source>
        <translation>E&amp;xportera rapporten som CSV…</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Behöver åtgärdas</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>%1 numbers, %2 of them being released. Run-rate per month: %3. As of %4.</source>
        <extracomment>%1 = count of numbers, %2 = count being released, %3 = &quot;EUR 12,50, USD 3.00&quot;, %4 = date and time</extracomment>
        <translation>%1 nummer, varav %2 sägs upp. Löpande kostnad per månad: %3. Läget per %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… och %1 till</translation>
    </message>
    <message>
        <source>Provisioning failed (%1)</source>
        <translation>Provisioneringen misslyckades (%1)</translation>
    </message>
    <message>
        <source>Provisioning pending for more than an hour (%1)</source>
        <translation>Provisioneringen har väntat i mer än en timme (%1)</translation>
    </message>
    <message>
        <source>Neither SMS nor voice linked (%1)</source>
        <translation>Varken SMS eller röst kopplat (%1)</translation>
    </message>
    <message>
        <source>Released within 7 days (%1)</source>
        <translation>Sägs upp inom 7 dagar (%1)</translation>
    </message>
    <message>
        <source>Price unreadable, left out of the amounts (%1)</source>
        <translation>Priset går inte att läsa, utelämnat ur beloppen (%1)</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Spara diagram som PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Diagrammet kunde inte sparas till %1.</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Exportera rapporten som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Rapporten kunde inte skrivas till %1.</translation>
    </message>
    <message>
        <source>Syncing the local mirror (progress in the status bar)…</source>
        <translation>Synkroniserar den lokala kopian (förloppet visas i statusfältet)…</translation>
    </message>
    <message>
        <source>The sync did not finish; the report shows the mirror&apos;s previous sync.</source>
        <translation>Synkroniseringen slutfördes inte; rapporten visar den lokala kopians föregående synkronisering.</translation>
    </message>
    <message>
        <source>The first sync of this inventory is running; the report follows when it is saved.</source>
        <extracomment>Shown where the charts go, while the first sync of a mirror runs.</extracomment>
        <translation>Den första synkroniseringen av det här beståndet pågår; rapporten visas när den har sparats.</translation>
    </message>
    <message>
        <source>The project had no active numbers at the last sync: there is nothing to chart.</source>
        <extracomment>Shown where the charts go: the last sync found no numbers.</extracomment>
        <translation>Projektet hade inga aktiva nummer vid den senaste synkroniseringen: det finns inget att visa i diagram.</translation>
    </message>
    <message>
        <source>The sync did not finish (it was cancelled, or the message at the top of the window says why), and there is no earlier sync to show. Press Sync now to try again.</source>
        <translation>Synkroniseringen slutfördes inte (den avbröts, eller så visar meddelandet högst upp i fönstret varför), och det finns ingen tidigare synkronisering att visa. Tryck på Synkronisera nu för att försöka igen.</translation>
    </message>
</context>
<context>
    <name>nd::InventoryExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Det går inte att skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>nd::InventoryReport</name>
    <message>
        <source>no reason was given</source>
        <translation>ingen orsak angavs</translation>
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
        <translation>Provisioneringen för röst misslyckades</translation>
    </message>
</context>
<context>
    <name>nd::InventoryStore</name>
    <message>
        <source>Cannot create the inventory file %1.</source>
        <translation>Lagerfilen %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>Cannot open the inventory %1: %2</source>
        <translation>Lagret %1 kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>Cannot read the inventory %1: %2</source>
        <translation>Lagret %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The inventory %1 was written by a newer version of NumberDesk.</source>
        <translation>Lagret %1 skrevs av en nyare version av NumberDesk.</translation>
    </message>
    <message>
        <source>%1 is not a NumberDesk inventory. The file was left unchanged.</source>
        <translation>%1 är inget NumberDesk-lager. Filen lämnades orörd.</translation>
    </message>
    <message>
        <source>Cannot write the inventory %1: %2</source>
        <translation>Lagret %1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>Cannot start a sync of the inventory: %1</source>
        <translation>En synkronisering av lagret kan inte startas: %1</translation>
    </message>
    <message>
        <source>Cannot write the inventory: %1</source>
        <translation>Lagret kan inte skrivas: %1</translation>
    </message>
    <message>
        <source>No sync of the inventory is in progress.</source>
        <translation>Ingen synkronisering av lagret pågår.</translation>
    </message>
    <message>
        <source>Cannot save the sync of the inventory: %1</source>
        <translation>Synkroniseringen av lagret kan inte sparas: %1</translation>
    </message>
    <message>
        <source>Cannot read the inventory: %1</source>
        <translation>Lagret kan inte läsas: %1</translation>
    </message>
    <message>
        <source>Cannot start a sync of the inventory: cannot create %1.</source>
        <translation>En synkronisering av lagret kan inte startas: %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>Another sync of this inventory is running (process %1 on %2). Wait until it has finished; if it is not running any more, delete %3.</source>
        <translation>En annan synkronisering av det här lagret pågår (process %1 på %2). Vänta tills den är klar; om den inte längre körs, ta bort %3.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>den här datorn</translation>
    </message>
    <message>
        <source>another program saved a sync of this inventory meanwhile.</source>
        <translation>ett annat program har sparat en synkronisering av det här lagret under tiden.</translation>
    </message>
</context>
<context>
    <name>nd::InventoryWalker</name>
    <message>
        <source>The API client is no longer available.</source>
        <translation>API-klienten är inte längre tillgänglig.</translation>
    </message>
    <message>
        <source>The server returned the same page token twice; stopped listing.</source>
        <translation>Servern returnerade samma sidtoken två gånger; listningen avbröts.</translation>
    </message>
</context>
<context>
    <name>nd::JobJournal</name>
    <message>
        <source>Running</source>
        <translation>Körs</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausat</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Avbrutet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullerat</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Cannot create the job journal %1.</source>
        <translation>Jobbjournalen %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>Cannot open the job journal %1: %2</source>
        <translation>Jobbjournalen %1 kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>Cannot read the job journal %1: %2</source>
        <translation>Jobbjournalen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The job journal %1 was written by a newer version of NumberDesk.</source>
        <translation>Jobbjournalen %1 skrevs av en nyare version av NumberDesk.</translation>
    </message>
    <message>
        <source>%1 is not a NumberDesk job journal. The file was left unchanged.</source>
        <translation>%1 är ingen jobbjournal för NumberDesk. Filen lämnades orörd.</translation>
    </message>
    <message>
        <source>Cannot write the job journal %1: %2</source>
        <translation>Det går inte att skriva till jobbjournalen %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the job journal: %1</source>
        <translation>Det går inte att skriva till jobbjournalen: %1</translation>
    </message>
    <message>
        <source>Cannot read the job journal: %1</source>
        <translation>Jobbjournalen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>Job %1 was written by a newer version of NumberDesk.</source>
        <translation>Jobbet %1 skrevs av en nyare version av NumberDesk.</translation>
    </message>
    <message>
        <source>Job %1 is being run by another NumberDesk process.</source>
        <translation>Jobbet %1 körs av en annan NumberDesk-process.</translation>
    </message>
</context>
<context>
    <name>nd::JobKinds</name>
    <message>
        <source>per billing period</source>
        <translation>per debiteringsperiod</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>varje månad</numerusform>
            <numerusform>var %n:e månad</numerusform>
        </translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Hyra</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdatering</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Uppsägning</translation>
    </message>
    <message>
        <source>Emergency address removal</source>
        <translation>Borttagning av nödadress</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Körs</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Inte utförd</translation>
    </message>
    <message>
        <source>Done by someone else</source>
        <translation>Utförd av någon annan</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 once (%n number(s))</source>
        <translation>
            <numerusform>%1 %2 en gång (%n nummer)</numerusform>
            <numerusform>%1 %2 en gång (%n nummer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 %3 (%n number(s))</source>
        <translation>
            <numerusform>%1 %2 %3 (%n nummer)</numerusform>
            <numerusform>%1 %2 %3 (%n nummer)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::JobRunner</name>
    <message>
        <source>There is no job %1.</source>
        <translation>Det finns inget jobb %1.</translation>
    </message>
    <message>
        <source>The connection is gone.</source>
        <translation>Anslutningen är borta.</translation>
    </message>
    <message>
        <source>The activity log cannot be written.</source>
        <translation>Aktivitetsloggen kan inte skrivas.</translation>
    </message>
    <message>
        <source>Not sent before the job was interrupted.</source>
        <translation>Skickades inte innan jobbet avbröts.</translation>
    </message>
    <message>
        <source>The process running job %1 ended while this request was in flight; the state is read back.</source>
        <translation>Processen som körde jobbet %1 avslutades medan den här begäran pågick; läget läses tillbaka.</translation>
    </message>
    <message>
        <source>Step %1 of job %2 cannot be read.</source>
        <translation>Steg %1 i jobbet %2 kan inte läsas.</translation>
    </message>
    <message>
        <source>%1 already has these settings: nothing was sent.</source>
        <translation>%1 har redan de här inställningarna: inget skickades.</translation>
    </message>
    <message>
        <source>%1 of the %2 numbers asked for were rented: %3</source>
        <translation>%1 av de %2 begärda numren hyrdes: %3</translation>
    </message>
    <message>
        <source>the steps not done say why the others were not.</source>
        <translation>stegen som inte utfördes visar varför de övriga inte hyrdes.</translation>
    </message>
    <message numerus="yes">
        <source>Searching again for %n more number(s) failed: %1</source>
        <translation>
            <numerusform>Den nya sökningen efter %n nummer till misslyckades: %1</numerusform>
            <numerusform>Den nya sökningen efter %n nummer till misslyckades: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>another number would take the recurring total past the cap of %1.</source>
        <translation>ytterligare ett nummer skulle få det återkommande totalbeloppet att överskrida taket på %1.</translation>
    </message>
    <message>
        <source>the search offers no other number matching the criteria.</source>
        <translation>sökningen erbjuder inget annat nummer som matchar villkoren.</translation>
    </message>
    <message>
        <source>Found by searching again: an offer chosen before was taken by someone else.</source>
        <translation>Hittat vid en ny sökning: ett tidigare valt erbjudande togs av någon annan.</translation>
    </message>
</context>
<context>
    <name>nd::JobsDialog</name>
    <message>
        <source>Bulk Jobs</source>
        <translation>Massjobb</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapat</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klara</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Inte utförda</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Återstår</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ppna…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
</context>
<context>
    <name>nd::MainWindow</name>
    <message>
        <source>Starting with</source>
        <translation>Börjar med</translation>
    </message>
    <message>
        <source>Containing</source>
        <translation>Innehåller</translation>
    </message>
    <message>
        <source>Ending with</source>
        <translation>Slutar med</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <source>There is no profile named “%1”; using the built-in Sandbox.</source>
        <translation>Det finns ingen profil som heter ”%1”; den inbyggda profilen Sandbox används.</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) offer numbers to this project</source>
        <translation>
            <numerusform>%n region erbjuder nummer till projektet</numerusform>
            <numerusform>%n regioner erbjuder nummer till projektet</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>Sökningen misslyckades.</translation>
    </message>
    <message>
        <source>No available numbers match in %1. Try fewer digits or other capabilities.</source>
        <translation>Inga tillgängliga nummer matchar i %1. Prova färre siffror eller andra funktioner.</translation>
    </message>
    <message numerus="yes">
        <source>%n available number(s) in %1</source>
        <translation>
            <numerusform>%n tillgängligt nummer i %1</numerusform>
            <numerusform>%n tillgängliga nummer i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least one number type to list regions.</source>
        <translation>Markera minst en nummertyp för att lista regioner.</translation>
    </message>
    <message>
        <source>country code and digits, e.g. +1206</source>
        <translation>landsnummer och siffror, t.ex. +1206</translation>
    </message>
    <message>
        <source>digits, e.g. 555</source>
        <translation>siffror, t.ex. 555</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Anslutningsprofil</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Aktiv profil</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Anslutningsstatus</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Läser in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Stoppa inläsningen</translation>
    </message>
    <message>
        <source>%1 (built-in, no charges)</source>
        <translation>%1 (inbyggd, kostnadsfri)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Inte ansluten</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Ansluter till %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Ansluten till %1</translation>
    </message>
    <message>
        <source>Connection problem (see the message above)</source>
        <translation>Anslutningsproblem (se meddelandet ovan)</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>SANDLÅDA</translation>
    </message>
    <message>
        <source>Profile “%1”: the built-in emulator. Nothing is billed and no real number changes.</source>
        <translation>Profilen ”%1”: den inbyggda emulatorn. Inget debiteras och inget riktigt nummer ändras.</translation>
    </message>
    <message>
        <source>NumberDesk — SANDBOX</source>
        <translation>NumberDesk — SANDLÅDA</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Live profile: renting and releasing numbers here is billed.</source>
        <translation>Skarp profil: att hyra och säga upp nummer här debiteras.</translation>
    </message>
    <message>
        <source>NumberDesk — %1</source>
        <translation>NumberDesk — %1</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Inloggningen nekades</translation>
    </message>
    <message>
        <source>The server refused the credentials of profile “%1”. Check its key ID and key secret in File → Settings.
%2</source>
        <translation>Servern avvisade inloggningsuppgifterna för profilen ”%1”. Kontrollera nyckel-ID och nyckelhemlighet under Arkiv → Inställningar.
%2</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Servern kan inte nås</translation>
    </message>
    <message>
        <source>Choose a region on the left</source>
        <translation>Välj en region till vänster</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a region in the list on the left first.</source>
        <translation>Välj först en region i listan till vänster.</translation>
    </message>
    <message>
        <source>%1 offers no number types to search.</source>
        <translation>%1 erbjuder inga nummertyper att söka bland.</translation>
    </message>
    <message>
        <source>The digit pattern may contain only digits, optionally after a leading +.</source>
        <translation>Siffermönstret får bara innehålla siffror, eventuellt efter ett inledande +.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>Renting any matching number is possible only for US local numbers.</source>
        <translation>Att hyra valfritt matchande nummer går bara för lokala nummer i USA.</translation>
    </message>
    <message numerus="yes">
        <source>R&amp;elease %n Numbers…</source>
        <translation>
            <numerusform>S&amp;äg upp %n nummer…</numerusform>
            <numerusform>S&amp;äg upp %n nummer…</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;elease…</source>
        <translation>S&amp;äg upp…</translation>
    </message>
    <message>
        <source>%1 is now rented. It is not listed because it does not match the active-number filters.</source>
        <translation>%1 är nu hyrt. Det visas inte eftersom det inte matchar filtren för aktiva nummer.</translation>
    </message>
    <message>
        <source>%1 is now rented and listed under Active numbers.</source>
        <translation>%1 är nu hyrt och visas under Aktiva nummer.</translation>
    </message>
    <message>
        <source>The selected numbers are already being released.</source>
        <translation>De valda numren håller redan på att sägas upp.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n number(s)</source>
        <translation>
            <numerusform>%n nummer kopierat</numerusform>
            <numerusform>%n nummer kopierade</numerusform>
        </translation>
    </message>
    <message>
        <source>About NumberDesk</source>
        <translation>Om NumberDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NumberDesk %1&lt;/h3&gt;&lt;p&gt;Find, rent, configure and release phone numbers through the Sinch Numbers API.&lt;/p&gt;&lt;p&gt;The built-in Sandbox profile runs a local emulator: nothing there is billed.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NumberDesk %1&lt;/h3&gt;&lt;p&gt;Hitta, hyr, konfigurera och säg upp telefonnummer via Sinch Numbers API.&lt;/p&gt;&lt;p&gt;Den inbyggda profilen Sandbox kör en lokal emulator: inget där debiteras.&lt;/p&gt;&lt;p&gt;Licensierad under GNU GPL, version 3 eller senare.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Activity…</source>
        <translation>&amp;Aktivitet…</translation>
    </message>
    <message>
        <source>Show every rent, release and change made from NumberDesk</source>
        <translation>Visa varje hyra, uppsägning och ändring som gjorts från NumberDesk</translation>
    </message>
    <message>
        <source>Connecting to the built-in sandbox…</source>
        <translation>Ansluter till den inbyggda sandlådan…</translation>
    </message>
    <message>
        <source>Connected to the built-in sandbox</source>
        <translation>Ansluten till den inbyggda sandlådan</translation>
    </message>
    <message>
        <source>The activity log cannot be opened: %1
Renting, releasing and changing numbers are disabled until it can be written.</source>
        <translation>Aktivitetsloggen kan inte öppnas: %1
Att hyra, säga upp och ändra nummer är inaktiverat tills den kan skrivas.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) were interrupted before their outcome was known. Open View → Activity to see which, and check them before repeating them.</source>
        <translation>
            <numerusform>%n åtgärd avbröts innan dess utfall var känt. Öppna Visa → Aktivitet för att se vilken, och kontrollera den innan du upprepar den.</numerusform>
            <numerusform>%n åtgärder avbröts innan deras utfall var känt. Öppna Visa → Aktivitet för att se vilka, och kontrollera dem innan du upprepar dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation>&amp;Översikt</translation>
    </message>
    <message>
        <source>Copy &amp;Cell</source>
        <translation>Kopiera &amp;cell</translation>
    </message>
    <message>
        <source>Callback &amp;Inspector…</source>
        <translation>Återanrops&amp;granskare…</translation>
    </message>
    <message>
        <source>Receive, check and send number-event callbacks</source>
        <translation>Ta emot, kontrollera och skicka återanrop för nummerhändelser</translation>
    </message>
    <message>
        <source>&amp;Export Active Numbers…</source>
        <translation>&amp;Exportera aktiva nummer…</translation>
    </message>
    <message>
        <source>Save the Active numbers as shown (filters, find and order) as CSV or JSON</source>
        <translation>Spara Aktiva nummer som de visas (filter, sökning och ordning) som CSV eller JSON</translation>
    </message>
    <message>
        <source>&amp;Update Selected…</source>
        <translation>Uppdatera &amp;valda…</translation>
    </message>
    <message>
        <source>Change the selected active numbers together</source>
        <translation>Ändra de valda aktiva numren samtidigt</translation>
    </message>
    <message>
        <source>Release &amp;Selected…</source>
        <translation>Säg upp va&amp;lda…</translation>
    </message>
    <message>
        <source>Release the selected active numbers as one job</source>
        <translation>Säg upp de valda aktiva numren som ett jobb</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Active numbers shows the inventory as of %2, read-only; press F5 to try again.</source>
        <translation>Servern kan inte nås (%1). Aktiva nummer visar lagret per %2, skrivskyddat; tryck på F5 för att försöka igen.</translation>
    </message>
    <message>
        <source>Bulk &amp;Jobs…</source>
        <translation>&amp;Massjobb…</translation>
    </message>
    <message>
        <source>Show the bulk jobs, their progress and per-number results</source>
        <translation>Visa massjobben, deras förlopp och resultaten per nummer</translation>
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
        <translation>Den korrigerade adressen kopierades till formuläret. Tryck på Provisionera för att använda den.</translation>
    </message>
    <message>
        <source>The suggested address was copied into the form. Validate it again before provisioning.</source>
        <translation>Den föreslagna adressen kopierades till formuläret. Validera den igen innan du provisionerar.</translation>
    </message>
    <message>
        <source>The emergency address has not been loaded yet.</source>
        <translation>Nödadressen har inte lästs in än.</translation>
    </message>
    <message>
        <source>%1, %2 in %3</source>
        <translation>%1, %2 i %3</translation>
    </message>
    <message>
        <source>Being released: active until %1</source>
        <translation>Sägs upp: aktivt till %1</translation>
    </message>
    <message>
        <source>Not released</source>
        <translation>Inte uppsagt</translation>
    </message>
    <message>
        <source>Nothing pending. SMS: %1. Voice: %2.</source>
        <translation>Inget väntar. SMS: %1. Röst: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Saving takes %n step(s), because the API only links a number to a new service plan or campaign after the old one has been unlinked:</source>
        <translation>
            <numerusform>Att spara kräver %n steg, eftersom API:et bara kopplar ett nummer till en ny tjänsteplan eller kampanj när den gamla har kopplats bort:</numerusform>
            <numerusform>Att spara kräver %n steg, eftersom API:et bara kopplar ett nummer till en ny tjänsteplan eller kampanj när den gamla har kopplats bort:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Between the steps, and until the new link has been provisioned, the number cannot send or receive SMS.</source>
        <translation>Mellan stegen, och tills den nya kopplingen har provisionerats, kan numret inte skicka eller ta emot SMS.</translation>
    </message>
    <message>
        <source>Saving unlinks the SMS service plan: the number stops sending and receiving SMS.</source>
        <translation>När du sparar kopplas SMS-tjänsteplanen bort: numret slutar skicka och ta emot SMS.</translation>
    </message>
    <message>
        <source>Configuration changes are applied in the background; the General tab shows their progress.</source>
        <translation>Konfigurationsändringar tillämpas i bakgrunden; fliken Allmänt visar hur det går.</translation>
    </message>
    <message>
        <source>Reloading %1…</source>
        <translation>Läser in %1 igen…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Saved. Being applied in the background:
%1</source>
        <translation>Sparat. Tillämpas i bakgrunden:
%1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3…</source>
        <translation>Steg %1 av %2: %3…</translation>
    </message>
    <message>
        <source>name shown to dispatch</source>
        <translation>namn som visas för larmcentralen</translation>
    </message>
    <message>
        <source>street number</source>
        <translation>gatunummer</translation>
    </message>
    <message>
        <source>street</source>
        <translation>gata</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ort</translation>
    </message>
    <message>
        <source>state</source>
        <translation>delstat</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Required: %1.</source>
        <translation>Krävs: %1.</translation>
    </message>
    <message>
        <source>Provisioned address (given to 911 dispatch): %1</source>
        <translation>Provisionerad adress (skickas till larmcentralen vid 911-samtal): %1</translation>
    </message>
    <message>
        <source>No emergency address is provisioned for this number: 911 dispatch gets no address from it.</source>
        <translation>Ingen nödadress är provisionerad för numret: larmcentralen får ingen adress vid 911-samtal från det.</translation>
    </message>
    <message>
        <source>Loading the emergency address…</source>
        <translation>Läser in nödadressen…</translation>
    </message>
    <message>
        <source>The emergency address could not be loaded.</source>
        <translation>Nödadressen kunde inte läsas in.</translation>
    </message>
    <message>
        <source>Validating the address…</source>
        <translation>Validerar adressen…</translation>
    </message>
    <message>
        <source>Corrected address: %1</source>
        <translation>Korrigerad adress: %1</translation>
    </message>
    <message>
        <source>Emergency (911) calls from this number will send responders to:
%1

Make sure the address is where the phone is used. Emergency address services may carry a fee.</source>
        <translation>Vid nödsamtal (911) från numret skickas räddningstjänsten till:
%1

Se till att adressen är där telefonen används. Tjänster för nödadresser kan vara avgiftsbelagda.</translation>
    </message>
    <message>
        <source>This address has not been validated.</source>
        <translation>Adressen har inte validerats.</translation>
    </message>
    <message>
        <source>Provision Emergency Address</source>
        <translation>Provisionera nödadress</translation>
    </message>
    <message>
        <source>Provision this emergency address for %1?</source>
        <translation>Provisionera den här nödadressen för %1?</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>&amp;Provisionera</translation>
    </message>
    <message>
        <source>Provisioning the emergency address…</source>
        <translation>Provisionerar nödadressen…</translation>
    </message>
    <message>
        <source>The emergency address was provisioned.</source>
        <translation>Nödadressen har provisionerats.</translation>
    </message>
    <message>
        <source>Remove Emergency Address</source>
        <translation>Ta bort nödadress</translation>
    </message>
    <message>
        <source>Remove the emergency address from %1?</source>
        <translation>Ta bort nödadressen från %1?</translation>
    </message>
    <message>
        <source>911 dispatch will no longer receive an address for calls from this number: responders may not be able to find a caller who cannot speak.

Current address: %1</source>
        <translation>Larmcentralen får inte längre någon adress vid 911-samtal från numret: räddningstjänsten kanske inte hittar en uppringare som inte kan tala.

Aktuell adress: %1</translation>
    </message>
    <message>
        <source>&amp;Remove Address</source>
        <translation>&amp;Ta bort adressen</translation>
    </message>
    <message>
        <source>Removing the emergency address…</source>
        <translation>Tar bort nödadressen…</translation>
    </message>
    <message>
        <source>The emergency address was removed. 911 dispatch no longer receives an address for this number.</source>
        <translation>Nödadressen har tagits bort. Larmcentralen får inte längre någon adress för numret vid 911-samtal.</translation>
    </message>
    <message numerus="yes">
        <source>Saving in %n steps…</source>
        <translation>
            <numerusform>Sparar i %n steg…</numerusform>
            <numerusform>Sparar i %n steg…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>The server is busy (rate limit): waiting to send again…</source>
        <translation>Servern är upptagen (hastighetsbegränsning): väntar med att skicka igen…</translation>
    </message>
    <message>
        <source>No clear answer; reading the number back to see what happened…</source>
        <translation>Inget tydligt svar; läser tillbaka numret för att se vad som hände…</translation>
    </message>
    <message>
        <source>Press Refresh to see the number as it is now before saving again.</source>
        <translation>Tryck på Uppdatera för att se numret som det är nu innan du sparar igen.</translation>
    </message>
    <message>
        <source>Press Reload to check the emergency address before trying again.</source>
        <translation>Tryck på Läs in igen för att kontrollera nödadressen innan du försöker igen.</translation>
    </message>
    <message>
        <source>Stopping: waiting for the outcome of the change in flight…</source>
        <translation>Stoppar: väntar på utfallet av ändringen som pågår…</translation>
    </message>
</context>
<context>
    <name>nd::NumberList</name>
    <message>
        <source>the phoneNumber column is empty</source>
        <translation>kolumnen phoneNumber är tom</translation>
    </message>
</context>
<context>
    <name>nd::NumbersClient</name>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB and was not read.</source>
        <translation>Serverns svar är större än %1 MiB och lästes inte.</translation>
    </message>
    <message>
        <source>Could not get an access token: %1</source>
        <translation>Det gick inte att få en åtkomsttoken: %1</translation>
    </message>
    <message>
        <source>The authentication server rejected the access key (HTTP %1). Check the key id and key secret.</source>
        <translation>Autentiseringsservern avvisade åtkomstnyckeln (HTTP %1). Kontrollera nyckel-ID och nyckelhemlighet.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the URL and that the server is running.</source>
        <translation>Servern nekade anslutningen. Kontrollera URL:en och att servern körs.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be resolved. Check the URL and the network.</source>
        <translation>Serverns värdnamn kunde inte slås upp. Kontrollera URL:en och nätverket.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering. The request may still have been carried out: check the current state before retrying.</source>
        <translation>Servern stängde anslutningen utan att svara. Begäran kan ändå ha utförts: kontrollera det aktuella läget innan du försöker igen.</translation>
    </message>
    <message>
        <source>The connection was closed after the request was sent, before any answer. The request may still have been carried out: check the current state before retrying.</source>
        <translation>Anslutningen stängdes efter att begäran skickats, innan något svar kom. Begäran kan ändå ha utförts: kontrollera det aktuella läget innan du försöker igen.</translation>
    </message>
    <message>
        <source>The proxy server failed: %1</source>
        <translation>Proxyservern misslyckades: %1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Nätverksfel: %1</translation>
    </message>
</context>
<context>
    <name>nd::OfferCheck</name>
    <message>
        <source>%1 is already one of your active numbers: someone else (another user or program of this project) rented it first. No rent was sent, so it is not charged a second time.</source>
        <translation>%1 är redan ett av dina aktiva nummer: någon annan (en annan användare eller ett annat program i det här projektet) hyrde det först. Ingen hyra skickades, så det debiteras inte en gång till.</translation>
    </message>
    <message>
        <source>%1 is no longer available: someone else may have rented it. Search again for another number.</source>
        <translation>%1 är inte längre tillgängligt: någon annan kan ha hyrt det. Sök efter ett annat nummer.</translation>
    </message>
</context>
<context>
    <name>nd::PhoneNumber</name>
    <message>
        <source>Enter a phone number in international format, for example +1 206 555 0100.</source>
        <translation>Ange ett telefonnummer i internationellt format, till exempel +1 206 555 0100.</translation>
    </message>
    <message>
        <source>A phone number may contain only one &apos;+&apos;, at the start: &quot;%1&quot;.</source>
        <translation>Ett telefonnummer får bara innehålla ett ”+”, i början: ”%1”.</translation>
    </message>
    <message>
        <source>The character %1 is not allowed in a phone number (&quot;%2&quot;).</source>
        <translation>Tecknet %1 är inte tillåtet i ett telefonnummer (”%2”).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code: start with + and the country code, for example +1 206 555 0100.</source>
        <translation>”%1” har inget landsnummer: börja med + och landsnumret, till exempel +1 206 555 0100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains no digits.</source>
        <translation>”%1” innehåller inga siffror.</translation>
    </message>
    <message>
        <source>A country code cannot start with 0 (&quot;%1&quot;).</source>
        <translation>Ett landsnummer kan inte börja med 0 (”%1”).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n digits; an international number has at most 15.</source>
        <translation>
            <numerusform>”%1” har %n siffra; ett internationellt nummer har högst 15.</numerusform>
            <numerusform>”%1” har %n siffror; ett internationellt nummer har högst 15.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>”%1” är för kort för att vara ett telefonnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number of %2.</source>
        <translation>”%1” är inget telefonnummer i regionen %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a country code in use (no country has the code +%2).</source>
        <translation>”%1” börjar inte med ett landsnummer som används (inget land har landsnumret +%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a number with country code +%2.</source>
        <translation>”%1” är för kort för ett nummer med landsnumret +%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a number with country code +%2.</source>
        <translation>”%1” är för långt för ett nummer med landsnumret +%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the wrong number of digits for a number with country code +%2.</source>
        <translation>”%1” har fel antal siffror för ett nummer med landsnumret +%2.</translation>
    </message>
</context>
<context>
    <name>nd::ProfileStore</name>
    <message>
        <source>Cannot read the profiles file %1: %2. Profiles will not be saved until this is fixed.</source>
        <translation>Profilfilen %1 kan inte läsas: %2. Profiler sparas inte förrän det är åtgärdat.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>ogiltig JSON vid position %1 (%2)</translation>
    </message>
    <message>
        <source>the content is not a JSON object</source>
        <translation>innehållet är inget JSON-objekt</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; is not a list</source>
        <translation>”profiles” är ingen lista</translation>
    </message>
    <message>
        <source>The profiles file %1 was damaged (%2). It was kept as %3 and NumberDesk starts with the built-in Sandbox profile.</source>
        <translation>Profilfilen %1 var skadad (%2). Den sparades som %3 och NumberDesk startar med den inbyggda profilen Sandbox.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged (%2) and could not be moved aside. Profiles will not be saved until it is fixed or removed.</source>
        <translation>Profilfilen %1 är skadad (%2) och kunde inte flyttas undan. Profiler sparas inte förrän den har rättats eller tagits bort.</translation>
    </message>
    <message>
        <source>Profiles were not saved: the existing file %1 could not be read or moved aside, and saving would overwrite it.</source>
        <translation>Profilerna sparades inte: den befintliga filen %1 kunde inte läsas eller flyttas undan, och att spara skulle skriva över den.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the profiles file.</source>
        <translation>Mappen %1 för profilfilen kan inte skapas.</translation>
    </message>
    <message>
        <source>Cannot save the profiles file %1: %2</source>
        <translation>Profilfilen %1 kan inte sparas: %2</translation>
    </message>
    <message>
        <source>Enter a profile name.</source>
        <translation>Ange ett profilnamn.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with spaces.</source>
        <translation>Ett profilnamn får inte börja eller sluta med blanksteg.</translation>
    </message>
    <message numerus="yes">
        <source>A profile name can have at most %n characters.</source>
        <translation>
            <numerusform>Ett profilnamn får ha högst %n tecken.</numerusform>
            <numerusform>Ett profilnamn får ha högst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters or line breaks.</source>
        <translation>Ett profilnamn får inte innehålla styrtecken eller radbrytningar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of the built-in profile. Choose another name.</source>
        <translation>”%1” är namnet på den inbyggda profilen. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Det finns redan en profil som heter ”%1”.</translation>
    </message>
    <message>
        <source>The authentication URL &quot;%1&quot; is not a valid URL.</source>
        <translation>Autentiserings-URL:en ”%1” är inte en giltig URL.</translation>
    </message>
    <message>
        <source>The Numbers API URL &quot;%1&quot; is not a valid URL.</source>
        <translation>URL:en för Numbers API ”%1” är inte en giltig URL.</translation>
    </message>
    <message>
        <source>The authentication URL must not contain a user name or password.</source>
        <translation>Autentiserings-URL:en får inte innehålla användarnamn eller lösenord.</translation>
    </message>
    <message>
        <source>The Numbers API URL must not contain a user name or password.</source>
        <translation>URL:en för Numbers API får inte innehålla användarnamn eller lösenord.</translation>
    </message>
    <message>
        <source>The authentication URL &quot;%1&quot; uses unencrypted http. Use https; plain http is only allowed to this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>Autentiserings-URL:en ”%1” använder okrypterad http. Använd https; http är bara tillåtet till den här datorn (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The Numbers API URL &quot;%1&quot; uses unencrypted http. Use https; plain http is only allowed to this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>URL:en för Numbers API ”%1” använder okrypterad http. Använd https; http är bara tillåtet till den här datorn (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The authentication URL &quot;%1&quot; must start with https://.</source>
        <translation>Autentiserings-URL:en ”%1” måste börja med https://.</translation>
    </message>
    <message>
        <source>The Numbers API URL &quot;%1&quot; must start with https://.</source>
        <translation>URL:en för Numbers API ”%1” måste börja med https://.</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile cannot be changed.</source>
        <translation>Den inbyggda profilen Sandbox kan inte ändras.</translation>
    </message>
    <message>
        <source>Enter a project ID.</source>
        <translation>Ange ett projekt-ID.</translation>
    </message>
    <message>
        <source>The project ID &quot;%1&quot; is not valid: use only letters, digits, &apos;-&apos; and &apos;_&apos; (at most 128).</source>
        <translation>Projekt-ID:t ”%1” är ogiltigt: använd bara bokstäver, siffror, ”-” och ”_” (högst 128).</translation>
    </message>
    <message>
        <source>Enter a key ID.</source>
        <translation>Ange ett nyckel-ID.</translation>
    </message>
    <message>
        <source>The key ID cannot contain &apos;:&apos;, control characters or leading/trailing spaces.</source>
        <translation>Nyckel-ID:t får inte innehålla ”:”, styrtecken eller inledande/avslutande blanksteg.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Det finns ingen profil som heter ”%1”.</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile cannot be renamed.</source>
        <translation>Den inbyggda profilen Sandbox kan inte byta namn.</translation>
    </message>
    <message>
        <source>Parallel sync requests must be a number from 1 to %1.</source>
        <translation>Parallella synkförfrågningar måste vara ett tal från 1 till %1.</translation>
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
        <translation>Kod</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Number types</source>
        <translation>Nummertyper</translation>
    </message>
</context>
<context>
    <name>nd::ReleaseDialog</name>
    <message numerus="yes">
        <source>Release %n Number(s)</source>
        <translation>
            <numerusform>Säg upp %n nummer</numerusform>
            <numerusform>Säg upp %n nummer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Release %n Number(s)</source>
        <translation>
            <numerusform>S&amp;äg upp %n nummer</numerusform>
            <numerusform>S&amp;äg upp %n nummer</numerusform>
        </translation>
    </message>
    <message>
        <source>Already releasing on %1; skipped</source>
        <translation>Sägs redan upp %1; hoppades över</translation>
    </message>
    <message>
        <source>Recurring charges that stop: %1.</source>
        <translation>Återkommande avgifter som upphör: %1.</translation>
    </message>
    <message>
        <source>Not included (amount not understood): %1.</source>
        <translation>Ej medräknat (beloppet kunde inte tolkas): %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Release %n number(s)? Each number stays yours until the end of its paid period and then goes back to Sinch&apos;s inventory, where anyone can rent it.</source>
        <translation>
            <numerusform>Säga upp %n nummer? Varje nummer är ditt till slutet av den betalda perioden och går sedan tillbaka till Sinchs lager, där vem som helst kan hyra det.</numerusform>
            <numerusform>Säga upp %n nummer? Varje nummer är ditt till slutet av den betalda perioden och går sedan tillbaka till Sinchs lager, där vem som helst kan hyra det.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone: there is no way to cancel a release. Calls and messages to a released number will stop reaching you after its expiry date.</source>
        <translation>Det går inte att ångra: en uppsägning kan inte återkallas. Samtal och meddelanden till ett uppsagt nummer når dig inte längre efter slutdatumet.</translation>
    </message>
    <message>
        <source>To confirm, type the number of numbers to release (%1):</source>
        <translation>Bekräfta genom att skriva antalet nummer som ska sägas upp (%1):</translation>
    </message>
    <message>
        <source>Every selected number is already being released.</source>
        <translation>Alla valda nummer håller redan på att sägas upp.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>S&amp;toppa</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>Säger upp…</translation>
    </message>
    <message>
        <source>Released: stays active until %1</source>
        <translation>Uppsagt: förblir aktivt till %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Klart.</translation>
    </message>
    <message>
        <source>Retry the Ones &amp;Not Done</source>
        <translation>Försök igen med de &amp;inte utförda</translation>
    </message>
    <message>
        <source>Recurring charges that stopped: %1.</source>
        <translation>Återkommande avgifter som upphörde: %1.</translation>
    </message>
    <message>
        <source>No recurring charge stopped.</source>
        <translation>Inga återkommande avgifter upphörde.</translation>
    </message>
    <message>
        <source>Stop after the numbers being released now; the others are not released</source>
        <translation>Sluta efter numren som sägs upp just nu; de övriga sägs inte upp</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Uppsagt</translation>
    </message>
    <message>
        <source>Not done (can be retried)</source>
        <translation>Inte utförd (kan försökas igen)</translation>
    </message>
    <message>
        <source>Outcome unknown: check it</source>
        <translation>Utfall okänt: kontrollera</translation>
    </message>
    <message>
        <source>Not sent (stopped)</source>
        <translation>Inte skickat (stoppat)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n number(s) released by you.</source>
        <translation>
            <numerusform>%1 av %n nummer sades upp av dig.</numerusform>
            <numerusform>%1 av %n nummer sades upp av dig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry the %n Not Done</source>
        <translation>
            <numerusform>Försök igen med %n inte utfört</numerusform>
            <numerusform>Försök igen med %n inte utförda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) were already released or gone (not by you): nothing stopped for them.</source>
        <translation>
            <numerusform>%n nummer var redan uppsagt eller borta (inte av dig): inget upphörde för det.</numerusform>
            <numerusform>%n nummer var redan uppsagda eller borta (inte av dig): inget upphörde för dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) were certainly not released: “Retry the Not Done” sends exactly those again.</source>
        <translation>
            <numerusform>%n nummer sades säkert inte upp: ”Försök igen med de inte utförda” skickar just det igen.</numerusform>
            <numerusform>%n nummer sades säkert inte upp: ”Försök igen med de inte utförda” skickar just dem igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n number(s) the outcome could not be determined: %1. Check whether they show an expiry date (Active numbers, or Details) before releasing them again.</source>
        <translation>
            <numerusform>För %n nummer gick utfallet inte att fastställa: %1. Kontrollera om det har ett slutdatum (Aktiva nummer eller Detaljer) innan du säger upp det igen.</numerusform>
            <numerusform>För %n nummer gick utfallet inte att fastställa: %1. Kontrollera om de har ett slutdatum (Aktiva nummer eller Detaljer) innan du säger upp dem igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) were not released; hover over the Result column to see why.</source>
        <translation>
            <numerusform>%n nummer sades inte upp; håll pekaren över kolumnen Resultat för att se varför.</numerusform>
            <numerusform>%n nummer sades inte upp; håll pekaren över kolumnen Resultat för att se varför.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the numbers being released now…</source>
        <translation>Stoppar efter numren som sägs upp just nu…</translation>
    </message>
    <message>
        <source>Emergency addresses</source>
        <translation>Nödadresser</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This number has a provisioned emergency (E911) address, which goes with the number when it is released:</source>
        <translation>Numret har en provisionerad nödadress (E911), som försvinner tillsammans med numret när det sägs upp:</translation>
    </message>
    <message numerus="yes">
        <source>%n of these numbers have a provisioned emergency (E911) address, which goes with the number when it is released:</source>
        <translation>
            <numerusform>%n av numren har en provisionerad nödadress (E911), som försvinner tillsammans med numret när det sägs upp:</numerusform>
            <numerusform>%n av numren har provisionerade nödadresser (E911), som försvinner tillsammans med respektive nummer när det sägs upp:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check whether %1 has an emergency address.</source>
        <translation>Det gick inte att kontrollera om %1 har en nödadress.</translation>
    </message>
</context>
<context>
    <name>nd::RentDialog</name>
    <message>
        <source>&amp;Rent…</source>
        <translation>&amp;Hyr…</translation>
    </message>
    <message>
        <source>Rent %1</source>
        <translation>Hyr %1</translation>
    </message>
    <message>
        <source>Rent Any Matching Number</source>
        <translation>Hyr valfritt matchande nummer</translation>
    </message>
    <message>
        <source>Any matching number</source>
        <translation>Valfritt matchande nummer</translation>
    </message>
    <message>
        <source>Any %1 number in %2</source>
        <translation>Valfritt %1-nummer i %2</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>som matchar ”%1”</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Any capabilities</source>
        <translation>Valfria funktioner</translation>
    </message>
    <message>
        <source>Must support: %1</source>
        <translation>Måste stödja: %1</translation>
    </message>
    <message>
        <source>“Rent any number” works only for local numbers in the United States (US). Search for a number in %1 and rent it instead.</source>
        <translation>”Hyr valfritt nummer” fungerar bara för lokala nummer i USA (US). Sök efter ett nummer i %1 och hyr det i stället.</translation>
    </message>
    <message>
        <source>a %1 number in %2</source>
        <translation>ett %1-nummer i %2</translation>
    </message>
    <message>
        <source>You will be charged a one-off setup fee of %1 and %2 until you release the number.</source>
        <translation>Du debiteras en engångsavgift på %1 för start och %2 tills du säger upp numret.</translation>
    </message>
    <message>
        <source>%1, %2 in %3</source>
        <translation>%1, %2 i %3</translation>
    </message>
    <message>
        <source>This number needs supporting (regulatory) documents before it can be used.</source>
        <translation>Numret kräver styrkande (myndighets)dokument innan det kan användas.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Checking that %1 is still available…</source>
        <translation>Kontrollerar att %1 fortfarande är tillgängligt…</translation>
    </message>
    <message>
        <source>Available. Review the price and configuration, then press Rent.</source>
        <translation>Tillgängligt. Granska pris och konfiguration och tryck sedan på Hyr.</translation>
    </message>
    <message>
        <source>Stopped before the price was confirmed.</source>
        <translation>Stoppades innan priset bekräftades.</translation>
    </message>
    <message>
        <source>Could not confirm availability and price; the number cannot be rented until they are confirmed.</source>
        <translation>Tillgänglighet och pris kunde inte bekräftas; numret kan inte hyras förrän de har bekräftats.</translation>
    </message>
    <message>
        <source>Looking up the current price of matching numbers…</source>
        <translation>Tar reda på aktuellt pris för matchande nummer…</translation>
    </message>
    <message>
        <source>Could not look up the price; nothing can be rented until it is known.</source>
        <translation>Priset kunde inte tas reda på; inget kan hyras förrän det är känt.</translation>
    </message>
    <message>
        <source>No matching number is available right now.</source>
        <translation>Inget matchande nummer är tillgängligt just nu.</translation>
    </message>
    <message>
        <source>Matching numbers have different prices; the highest current price is shown. The number you get may cost less.</source>
        <translation>Matchande nummer har olika priser; det högsta aktuella priset visas. Numret du får kan kosta mindre.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching number(s) available. You cannot choose which one you get.</source>
        <translation>
            <numerusform>%n matchande nummer tillgängligt. Du kan inte välja vilket du får.</numerusform>
            <numerusform>%n matchande nummer tillgängliga. Du kan inte välja vilket du får.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rent any matching number?</source>
        <translation>Hyra valfritt matchande nummer?</translation>
    </message>
    <message>
        <source>Rent %1?</source>
        <translation>Hyra %1?</translation>
    </message>
    <message>
        <source>You cannot choose which number you get.</source>
        <translation>Du kan inte välja vilket nummer du får.</translation>
    </message>
    <message>
        <source>Confirm Rent</source>
        <translation>Bekräfta hyra</translation>
    </message>
    <message>
        <source>&amp;Rent and Pay</source>
        <translation>&amp;Hyr och betala</translation>
    </message>
    <message>
        <source>Renting %1…</source>
        <translation>Hyr %1…</translation>
    </message>
    <message>
        <source>Preparing: listing your current numbers so the result can be verified…</source>
        <translation>Förbereder: listar dina nuvarande nummer så att resultatet kan verifieras…</translation>
    </message>
    <message>
        <source>Renting a matching number…</source>
        <translation>Hyr ett matchande nummer…</translation>
    </message>
    <message>
        <source>Nothing was rented.</source>
        <translation>Inget hyrdes.</translation>
    </message>
    <message>
        <source>%1 is now rented. Next charge: %2.</source>
        <translation>%1 är nu hyrt. Nästa debitering: %2.</translation>
    </message>
    <message>
        <source>The configuration is applied in the background:</source>
        <translation>Konfigurationen tillämpas i bakgrunden:</translation>
    </message>
    <message>
        <source>Rented %1.</source>
        <translation>Hyrde %1.</translation>
    </message>
    <message>
        <source>Checking whether %1 was rented…</source>
        <translation>Kontrollerar om %1 hyrdes…</translation>
    </message>
    <message>
        <source>Unknown whether %1 was rented.</source>
        <translation>Okänt om %1 hyrdes.</translation>
    </message>
    <message>
        <source>Please wait until the check finishes, or press Stop.</source>
        <translation>Vänta tills kontrollen är klar, eller tryck på Stoppa.</translation>
    </message>
    <message>
        <source>Not rented by you: it already belongs to this project.</source>
        <translation>Inte hyrt av dig: det tillhör redan det här projektet.</translation>
    </message>
    <message>
        <source>The server is busy (rate limit): waiting to send the rent again. Nothing has been rented yet.</source>
        <translation>Servern är upptagen (hastighetsbegränsning): väntar med att skicka hyran igen. Inget har hyrts ännu.</translation>
    </message>
    <message>
        <source>No clear answer from the server. Checking whether the rent went through; it will not be sent again.</source>
        <translation>Inget tydligt svar från servern. Kontrollerar om hyran gick igenom; den skickas inte igen.</translation>
    </message>
    <message>
        <source>Press “Check again” to read the state once more; nothing is sent.</source>
        <translation>Tryck på ”Kontrollera igen” för att läsa av läget en gång till; inget skickas.</translation>
    </message>
</context>
<context>
    <name>nd::RentSteps</name>
    <message>
        <source>%1: could not be checked (%2); left out.</source>
        <translation>%1: kunde inte kontrolleras (%2); utelämnat.</translation>
    </message>
    <message>
        <source>Left out.</source>
        <translation>Utelämnat.</translation>
    </message>
</context>
<context>
    <name>nd::SearchPanel</name>
    <message>
        <source>Note about the digit pattern</source>
        <translation>Anmärkning om siffermönstret</translation>
    </message>
    <message>
        <source>“%1” was cleared: numbers of %2 start with +%3.</source>
        <translation>”%1” har rensats: nummer i %2 börjar med +%3.</translation>
    </message>
    <message>
        <source>“%1” cannot match: numbers of %2 start with +%3. Leave out the country code or use +%3.</source>
        <translation>”%1” kan inte ge några träffar: nummer i %2 börjar med +%3. Utelämna landsnumret eller använd +%3.</translation>
    </message>
    <message>
        <source>Results of the previous search (%1). Press Search to update them.</source>
        <translation>Resultat från föregående sökning (%1). Tryck på Sök för att uppdatera dem.</translation>
    </message>
    <message>
        <source>starting with %1</source>
        <translation>börjar med %1</translation>
    </message>
    <message>
        <source>ending with %1</source>
        <translation>slutar med %1</translation>
    </message>
    <message>
        <source>containing %1</source>
        <translation>innehåller %1</translation>
    </message>
    <message numerus="yes">
        <source>at most %n</source>
        <translation>
            <numerusform>högst %n</numerusform>
            <numerusform>högst %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a region on the left, then Search.</source>
        <translation>Välj en region till vänster och tryck sedan på Sök.</translation>
    </message>
    <message>
        <source>Press Search to list the available numbers of %1.</source>
        <translation>Tryck på Sök för att lista de tillgängliga numren i %1.</translation>
    </message>
</context>
<context>
    <name>nd::SecretStore</name>
    <message numerus="yes">
        <source>The system keychain is not available: it did not answer within %n s.</source>
        <translation>
            <numerusform>Systemets nyckelring är inte tillgänglig: den svarade inte inom %n s.</numerusform>
            <numerusform>Systemets nyckelring är inte tillgänglig: den svarade inte inom %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>okänt fel</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Systemets nyckelring är inte tillgänglig: %1</translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation>Hemlighetsfilen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The secret file %1 is damaged. Fix or remove it, then enter the key secret again.</source>
        <translation>Hemlighetsfilen %1 är skadad. Rätta eller ta bort den och ange sedan nyckelhemligheten igen.</translation>
    </message>
    <message>
        <source>Cannot save the secret file %1: %2</source>
        <translation>Hemlighetsfilen %1 kan inte sparas: %2</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>mappen kan inte skapas</translation>
    </message>
    <message>
        <source>No key secret is stored for the profile &quot;%1&quot;.</source>
        <translation>Ingen nyckelhemlighet är sparad för profilen ”%1”.</translation>
    </message>
    <message>
        <source>The system keychain returned a different value than was stored.</source>
        <translation>Systemets nyckelring returnerade ett annat värde än det som sparades.</translation>
    </message>
    <message>
        <source>The system keychain was not used: its password prompt was cancelled.</source>
        <translation>Systemets nyckelring användes inte: dess lösenordsfråga avbröts.</translation>
    </message>
</context>
<context>
    <name>nd::SendTestTab</name>
    <message>
        <source>Se&amp;nd</source>
        <translation>Sk&amp;icka</translation>
    </message>
    <message>
        <source>Your endpoint, e.g. http://127.0.0.1:8080/sinch/numbers</source>
        <translation>Din slutpunkt, t.ex. http://127.0.0.1:8080/sinch/numbers</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Händelse:</translation>
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
        <translation>Resultat:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable phone number: %2</source>
        <translation>”%1” är inget användbart telefonnummer: %2</translation>
    </message>
    <message>
        <source>Send a test callback?</source>
        <translation>Skicka ett teståteranrop?</translation>
    </message>
    <message>
        <source>Send a signed test event to %1? It is signed with the project&apos;s real secret.</source>
        <translation>Skicka en signerad testhändelse till %1? Den signeras med projektets riktiga hemlighet.</translation>
    </message>
    <message>
        <source>Not connected: the project&apos;s secret cannot be read.</source>
        <translation>Inte ansluten: projektets hemlighet kan inte läsas.</translation>
    </message>
    <message>
        <source>Reading the project&apos;s callback secret…</source>
        <translation>Läser projektets återanropshemlighet…</translation>
    </message>
    <message>
        <source>The project&apos;s callback secret could not be read: %1</source>
        <translation>Projektets återanropshemlighet kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Skickat:</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Inget svar: %1</translation>
    </message>
    <message>
        <source>Answer: HTTP %1 %2 in %3 ms</source>
        <translation>Svar: HTTP %1 %2 på %3 ms</translation>
    </message>
    <message>
        <source>A receiver should answer 2xx to a callback it accepts; Sinch retries the others.</source>
        <translation>En mottagare bör svara 2xx på ett återanrop som den godtar; Sinch försöker igen med de övriga.</translation>
    </message>
</context>
<context>
    <name>nd::SessionController</name>
    <message>
        <source>Waiting for the keychain: answer the password prompt of your desktop.</source>
        <translation>Väntar på nyckelringen: svara på skrivbordets lösenordsfråga.</translation>
    </message>
    <message>
        <source>Reading the key secret…</source>
        <translation>Läser nyckelhemligheten…</translation>
    </message>
    <message>
        <source>Profile “%1” has no usable key secret: %2
Open File → Settings to enter it.</source>
        <translation>Profilen ”%1” har ingen användbar nyckelhemlighet: %2
Öppna Arkiv → Inställningar för att ange den.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Den inbyggda sandlådan kunde inte starta: %1</translation>
    </message>
    <message>
        <source>Profile “%1” cannot be used: %2
Open File → Settings to fix it.</source>
        <translation>Profilen ”%1” kan inte användas: %2
Öppna Arkiv → Inställningar för att rätta den.</translation>
    </message>
</context>
<context>
    <name>nd::SettingsDialog</name>
    <message>
        <source>OAuth2 (recommended)</source>
        <translation>OAuth2 (rekommenderas)</translation>
    </message>
    <message>
        <source>Basic (testing only; heavily rate-limited)</source>
        <translation>Basic (endast för test; kraftigt begränsad takt)</translation>
    </message>
    <message>
        <source>Stored securely; type to replace</source>
        <translation>Lagras säkert; skriv för att ersätta</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Dölj</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Hide the key secret</source>
        <translation>Dölj nyckelhemligheten</translation>
    </message>
    <message>
        <source>Show the key secret</source>
        <translation>Visa nyckelhemligheten</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (inbyggd)</translation>
    </message>
    <message>
        <source>Shown once when the key is created</source>
        <translation>Visas en gång när nyckeln skapas</translation>
    </message>
    <message>
        <source>Warning: the key secret of this profile is stored in %1, a file readable only by you. That is less protected than the system keychain.</source>
        <translation>Varning: nyckelhemligheten för profilen lagras i %1, en fil som bara du kan läsa. Det är sämre skyddat än systemets nyckelring.</translation>
    </message>
    <message>
        <source>The key secret of this profile is kept only until NumberDesk quits.</source>
        <translation>Nyckelhemligheten för profilen sparas bara tills NumberDesk avslutas.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Ny profil</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Ny profil %1</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Ta bort profil</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation>Ta bort profilen ”%1”?</translation>
    </message>
    <message>
        <source>Its stored key secret is deleted too. The Sinch project and its numbers are not affected.</source>
        <translation>Dess sparade nyckelhemlighet raderas också. Sinch-projektet och dess nummer påverkas inte.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>The profile was removed, but its secret could not be deleted: %1</source>
        <translation>Profilen togs bort, men dess hemlighet kunde inte raderas: %1</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>Profilen ”%1” har sparats.</translation>
    </message>
    <message>
        <source>The stored key secret could not be moved to the new name: %1</source>
        <translation>Den sparade nyckelhemligheten kunde inte flyttas till det nya namnet: %1</translation>
    </message>
    <message>
        <source>Profile “%1” saved; its key secret is in the system keychain.</source>
        <translation>Profilen ”%1” har sparats; dess nyckelhemlighet finns i systemets nyckelring.</translation>
    </message>
    <message>
        <source>Keychain Unavailable</source>
        <translation>Nyckelringen är inte tillgänglig</translation>
    </message>
    <message>
        <source>The key secret of “%1” cannot be stored in the system keychain.</source>
        <translation>Nyckelhemligheten för ”%1” kan inte lagras i systemets nyckelring.</translation>
    </message>
    <message>
        <source>%1

You can keep the secret only until NumberDesk quits (you will have to enter it again next time), or store it in a file that only your user account can read (%2). The file is not encrypted.</source>
        <translation>%1

Du kan behålla hemligheten bara tills NumberDesk avslutas (då måste du ange den igen nästa gång), eller lagra den i en fil som bara ditt användarkonto kan läsa (%2). Filen är inte krypterad.</translation>
    </message>
    <message>
        <source>Keep for This &amp;Session Only</source>
        <translation>Behåll bara under den här &amp;sessionen</translation>
    </message>
    <message>
        <source>Store in a &amp;File Only I Can Read</source>
        <translation>Lagra i en &amp;fil som bara jag kan läsa</translation>
    </message>
    <message>
        <source>Profile “%1” was saved without its key secret. Enter the secret again to use the profile.</source>
        <translation>Profilen ”%1” sparades utan sin nyckelhemlighet. Ange hemligheten igen för att använda profilen.</translation>
    </message>
    <message>
        <source>Profile “%1” saved. Its key secret is in a file readable only by you: less protected than the system keychain.</source>
        <translation>Profilen ”%1” har sparats. Dess nyckelhemlighet finns i en fil som bara du kan läsa: sämre skyddat än systemets nyckelring.</translation>
    </message>
    <message>
        <source>Profile “%1” saved. Its key secret is kept until NumberDesk quits.</source>
        <translation>Profilen ”%1” har sparats. Dess nyckelhemlighet sparas tills NumberDesk avslutas.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testar…</translation>
    </message>
    <message>
        <source>Not tested.</source>
        <translation>Inte testad.</translation>
    </message>
    <message numerus="yes">
        <source>Connection works: %n region(s) available.</source>
        <translation>
            <numerusform>Anslutningen fungerar: %n region tillgänglig.</numerusform>
            <numerusform>Anslutningen fungerar: %n regioner tillgängliga.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection failed.</source>
        <translation>Anslutningen misslyckades.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Waiting for the keychain: answer the password prompt of your desktop.</source>
        <translation>Väntar på nyckelringen: svara på skrivbordets lösenordsfråga.</translation>
    </message>
    <message>
        <source>Not needed for the Sandbox</source>
        <translation>Behövs inte för profilen Sandbox</translation>
    </message>
    <message>
        <source>Stored in a file; type to replace</source>
        <translation>Lagras i en fil; skriv för att ersätta</translation>
    </message>
    <message>
        <source>Kept until NumberDesk quits; type to replace</source>
        <translation>Sparas tills NumberDesk avslutas; skriv för att ersätta</translation>
    </message>
    <message>
        <source>How many pages of the inventory are requested at once when the local mirror is synced. %1 suits most connections; over a slow or distant one, up to %2 makes the sync faster. When the server limits the request rate, the sync slows down by itself.</source>
        <translation>Hur många sidor av beståndet som begärs samtidigt när den lokala kopian synkroniseras. %1 passar de flesta anslutningar; över en långsam eller avlägsen anslutning gör upp till %2 synkroniseringen snabbare. När servern begränsar antalet förfrågningar saktar synkroniseringen ner av sig själv.</translation>
    </message>
</context>
<context>
    <name>nd::SignatureCheckTab</name>
    <message>
        <source>The request body exactly as received: every byte counts, even a final newline</source>
        <translation>Begärans innehåll exakt som det togs emot: varje byte räknas, även en avslutande radbrytning</translation>
    </message>
    <message>
        <source>The X-Sinch-Signature header value (40 hexadecimal digits)</source>
        <translation>Värdet i huvudet X-Sinch-Signature (40 hexadecimala siffror)</translation>
    </message>
    <message>
        <source>The project&apos;s HMAC secret</source>
        <translation>Projektets HMAC-hemlighet</translation>
    </message>
    <message>
        <source>Optional: the previous secret, during a rotation</source>
        <translation>Valfritt: den föregående hemligheten, under ett byte</translation>
    </message>
    <message>
        <source>Raw &amp;body:</source>
        <translation>&amp;Rådata:</translation>
    </message>
    <message>
        <source>&amp;Signature header:</source>
        <translation>Signatur&amp;huvud:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>H&amp;emlighet:</translation>
    </message>
    <message>
        <source>&amp;Previous secret:</source>
        <translation>&amp;Föregående hemlighet:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Utlåtande:</translation>
    </message>
    <message>
        <source>Expected signature:</source>
        <translation>Förväntad signatur:</translation>
    </message>
    <message>
        <source>Enter the secret to check the signature.</source>
        <translation>Ange hemligheten för att kontrollera signaturen.</translation>
    </message>
</context>
<context>
    <name>nd::SmsErrorText</name>
    <message>
        <source>No specific reason was given</source>
        <translation>Ingen särskild orsak angavs</translation>
    </message>
    <message>
        <source>Sinch had an internal failure</source>
        <translation>Sinch drabbades av ett internt fel</translation>
    </message>
    <message>
        <source>Linking the number to the SMS service plan failed</source>
        <translation>Det gick inte att koppla numret till SMS-tjänsteplanen</translation>
    </message>
    <message>
        <source>Linking the number to the 10DLC campaign failed</source>
        <translation>Det gick inte att koppla numret till 10DLC-kampanjen</translation>
    </message>
    <message>
        <source>The 10DLC campaign is not available</source>
        <translation>10DLC-kampanjen är inte tillgänglig</translation>
    </message>
    <message>
        <source>The 10DLC number limit has been reached</source>
        <translation>Gränsen för antal 10DLC-nummer är nådd</translation>
    </message>
    <message>
        <source>Provisioning the number failed</source>
        <translation>Provisioneringen av numret misslyckades</translation>
    </message>
    <message>
        <source>A partner service is unavailable; try again later</source>
        <translation>En partnertjänst är inte tillgänglig; försök igen senare</translation>
    </message>
    <message>
        <source>The 10DLC campaign has not been accepted yet</source>
        <translation>10DLC-kampanjen har inte godkänts ännu</translation>
    </message>
    <message>
        <source>Sharing the campaign with the mobile operators failed</source>
        <translation>Det gick inte att dela kampanjen med mobiloperatörerna</translation>
    </message>
    <message>
        <source>The 10DLC campaign has expired</source>
        <translation>10DLC-kampanjen har gått ut</translation>
    </message>
    <message>
        <source>A mobile operator rejected the campaign</source>
        <translation>En mobiloperatör avvisade kampanjen</translation>
    </message>
    <message>
        <source>A mobile operator suspended the campaign</source>
        <translation>En mobiloperatör har stängt av kampanjen</translation>
    </message>
    <message>
        <source>The campaign is under review by a mobile operator</source>
        <translation>Kampanjen granskas av en mobiloperatör</translation>
    </message>
    <message>
        <source>The account balance is too low to pay the fees</source>
        <translation>Kontots saldo räcker inte till avgifterna</translation>
    </message>
    <message>
        <source>Test (mock) campaigns are not allowed</source>
        <translation>Testkampanjer (mock) är inte tillåtna</translation>
    </message>
    <message>
        <source>Toll-free numbers are not allowed for this</source>
        <translation>Avgiftsfria nummer är inte tillåtna för detta</translation>
    </message>
    <message>
        <source>The NNID is invalid</source>
        <translation>NNID:t är ogiltigt</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Okänt fel</translation>
    </message>
</context>
<context>
    <name>nd::SmsVoiceConfigWidget</name>
    <message>
        <source>Voice API app (RTC)</source>
        <translation>Voice API-app (RTC)</translation>
    </message>
    <message>
        <source>Elastic SIP trunk (EST)</source>
        <translation>Elastic SIP-trunk (EST)</translation>
    </message>
    <message>
        <source>Fax service (FAX)</source>
        <translation>Faxtjänst (FAX)</translation>
    </message>
    <message>
        <source>Trunk &amp;ID:</source>
        <translation>Trunk-&amp;ID:</translation>
    </message>
    <message>
        <source>Elastic SIP trunk ID</source>
        <translation>ID för Elastic SIP-trunk</translation>
    </message>
    <message>
        <source>The SIP trunk that receives the calls</source>
        <translation>SIP-trunken som tar emot samtalen</translation>
    </message>
    <message>
        <source>Service &amp;ID:</source>
        <translation>Tjänst-&amp;ID:</translation>
    </message>
    <message>
        <source>Fax service ID</source>
        <translation>ID för faxtjänst</translation>
    </message>
    <message>
        <source>The Fax API service that receives faxes</source>
        <translation>Fax API-tjänsten som tar emot faxen</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>App-&amp;ID:</translation>
    </message>
    <message>
        <source>Voice API app ID</source>
        <translation>ID för Voice API-app</translation>
    </message>
    <message>
        <source>The Voice API application that handles the calls</source>
        <translation>Voice API-appen som hanterar samtalen</translation>
    </message>
    <message>
        <source>Enter the service plan ID, or switch SMS off.</source>
        <translation>Ange tjänsteplanens ID eller stäng av SMS.</translation>
    </message>
    <message>
        <source>A campaign can only be linked together with a service plan: enter the service plan ID.</source>
        <translation>En kampanj kan bara kopplas tillsammans med en tjänsteplan: ange tjänsteplanens ID.</translation>
    </message>
    <message>
        <source>IDs cannot contain spaces.</source>
        <translation>ID:n får inte innehålla blanksteg.</translation>
    </message>
    <message>
        <source>Enter the ID of the %1, or switch voice off.</source>
        <translation>Ange ID för ”%1” eller stäng av röst.</translation>
    </message>
    <message>
        <source>The callback URL must be a web address starting with https:// (or http://) followed by a host name.</source>
        <translation>Återanrops-URL:en måste vara en webbadress som börjar med https:// (eller http://) följt av ett värdnamn.</translation>
    </message>
</context>
<context>
    <name>nd::cli::ActivityCommand</name>
    <message>
        <source>the activity log cannot be read: %1</source>
        <translation>aktivitetsloggen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>the activity log could not be exported: %1</source>
        <translation>aktivitetsloggen kunde inte exporteras: %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startad</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Cost effect</source>
        <translation>Kostnadseffekt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>No recorded actions match (activity log: %1).</source>
        <translation>Inga registrerade åtgärder matchar (aktivitetslogg: %1).</translation>
    </message>
</context>
<context>
    <name>nd::cli::BillableCommands</name>
    <message>
        <source>  SMS service plan: unlink</source>
        <translation>  SMS-tjänsteplan: koppla bort</translation>
    </message>
    <message>
        <source>  SMS service plan: %1</source>
        <translation>  SMS-tjänsteplan: %1</translation>
    </message>
    <message>
        <source>  10DLC campaign: unlink</source>
        <translation>  10DLC-kampanj: koppla bort</translation>
    </message>
    <message>
        <source>  10DLC campaign: %1</source>
        <translation>  10DLC-kampanj: %1</translation>
    </message>
    <message>
        <source>  Voice (%1): unlink</source>
        <translation>  Röst (%1): koppla bort</translation>
    </message>
    <message>
        <source>  Voice (%1): %2</source>
        <translation>  Röst (%1): %2</translation>
    </message>
    <message>
        <source>  Callback URL: remove</source>
        <translation>  Återanrops-URL: ta bort</translation>
    </message>
    <message>
        <source>  Callback URL: %1</source>
        <translation>  Återanrops-URL: %1</translation>
    </message>
    <message>
        <source>  Pattern: %1 anywhere in the number (CONTAINS)</source>
        <translation>  Mönster: %1 var som helst i numret (CONTAINS)</translation>
    </message>
    <message>
        <source>  Pattern: number ends with %1 (END)</source>
        <translation>  Mönster: numret slutar med %1 (END)</translation>
    </message>
    <message>
        <source>  Pattern: number starts with %1 (START)</source>
        <translation>  Mönster: numret börjar med %1 (START)</translation>
    </message>
    <message>
        <source>Renting %1 (%2, %3, %4).
  Setup price: %5
  Then %6 every %7</source>
        <translation>Hyr %1 (%2, %3, %4).
  Startpris: %5
  Därefter %6 per %7</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>billing period</source>
        <translation>debiteringsperiod</translation>
    </message>
    <message>
        <source>  Supporting (regulatory) documentation is required for this number.</source>
        <translation>  Styrkande (myndighets)dokument krävs för det här numret.</translation>
    </message>
    <message>
        <source>Renting any %1 %2 number.</source>
        <translation>Hyr valfritt nummer (%1, %2).</translation>
    </message>
    <message>
        <source>  Capabilities: %1</source>
        <translation>  Funktioner: %1</translation>
    </message>
    <message>
        <source>  The number and its price are chosen by Sinch (see &apos;available search&apos; for typical prices); you are billed its setup and recurring price.</source>
        <translation>  Numret och dess pris väljs av Sinch (se ”available search” för typiska priser); du debiteras dess startpris och återkommande pris.</translation>
    </message>
    <message>
        <source>%1 already has these settings: nothing to change.</source>
        <translation>%1 har redan de här inställningarna: inget att ändra.</translation>
    </message>
    <message>
        <source>Updating %1:</source>
        <translation>Uppdaterar %1:</translation>
    </message>
    <message numerus="yes">
        <source>  This takes %n requests: the API links a number to another service plan or campaign only after the old one was unlinked; until the new link is provisioned the number cannot send or receive SMS.</source>
        <translation>
            <numerusform>  Det här kräver %n begäran: API:et kopplar ett nummer till en annan tjänsteplan eller kampanj först när den gamla har kopplats bort; tills den nya kopplingen är provisionerad kan numret inte skicka eller ta emot SMS.</numerusform>
            <numerusform>  Det här kräver %n begäranden: API:et kopplar ett nummer till en annan tjänsteplan eller kampanj först när den gamla har kopplats bort; tills den nya kopplingen är provisionerad kan numret inte skicka eller ta emot SMS.</numerusform>
        </translation>
    </message>
    <message>
        <source>Releasing %1 (%2, %3%4).</source>
        <translation>Säger upp %1 (%2, %3%4).</translation>
    </message>
    <message>
        <source>  You currently pay %1 every %2.</source>
        <translation>  Du betalar för närvarande %1 per %2.</translation>
    </message>
    <message>
        <source>  The number stays yours until the end of the paid period (%1), then it is returned to the inventory.</source>
        <translation>  Numret är ditt till slutet av den betalda perioden (%1) och återgår sedan till lagret.</translation>
    </message>
    <message>
        <source>  The number stays yours until the end of the paid period, then it is returned to the inventory.</source>
        <translation>  Numret är ditt till slutet av den betalda perioden och återgår sedan till lagret.</translation>
    </message>
    <message>
        <source>  This cannot be undone.</source>
        <translation>  Det går inte att ångra.</translation>
    </message>
    <message>
        <source>  Note: it is already being released (expires %1).</source>
        <translation>  Obs: numret håller redan på att sägas upp (upphör %1).</translation>
    </message>
    <message>
        <source>Setting the emergency address of %1 to:
  %2 (%3)
  Emergency services will be sent to this address. Tip: run &apos;emergency validate&apos; first.</source>
        <translation>Ställer in nödadressen för %1 till:
  %2 (%3)
  Räddningstjänsten skickas till den här adressen. Tips: kör ”emergency validate” först.</translation>
    </message>
    <message>
        <source>  It replaces: %1</source>
        <translation>  Den ersätter: %1</translation>
    </message>
    <message>
        <source>%1 has no emergency address: nothing to remove.</source>
        <translation>%1 har ingen nödadress: inget att ta bort.</translation>
    </message>
    <message>
        <source>Removing the emergency address of %1:
  %2
  Emergency calls from this number will have no dispatch address.</source>
        <translation>Tar bort nödadressen för %1:
  %2
  Nödsamtal från numret får ingen adress till larmcentralen.</translation>
    </message>
    <message>
        <source>the HMAC secret must be 32 to 64 characters of A-Z, a-z, 0-9 and - (the one given has length %1)</source>
        <translation>HMAC-hemligheten måste vara 32 till 64 tecken av A-Z, a-z, 0-9 och - (den angivna har längden %1)</translation>
    </message>
    <message>
        <source>Replacing the callback HMAC secret of project %1.
  Receivers still verifying signatures with the old secret will reject new events until they are updated.</source>
        <translation>Byter HMAC-hemligheten för återanrop i projektet %1.
  Mottagare som fortfarande verifierar signaturer med den gamla hemligheten avvisar nya händelser tills de har uppdaterats.</translation>
    </message>
</context>
<context>
    <name>nd::cli::BulkCommands</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: &apos;%3&apos;: %4</source>
        <translation>%1:%2: ”%3”: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 are not usable phone numbers: nothing was started</source>
        <translation>
            <numerusform>%n rad i %1 är inget användbart telefonnummer: inget startades</numerusform>
            <numerusform>%n rader i %1 är inga användbara telefonnummer: inget startades</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no phone numbers: nothing was started</source>
        <translation>%1 innehåller inga telefonnummer: inget startades</translation>
    </message>
    <message>
        <source>there is no local inventory yet at %1: run &apos;numberdesk-cli inventory sync&apos; first (with the same connection options)</source>
        <translation>det finns inget lokalt lager på %1 ännu: kör ”numberdesk-cli inventory sync” först (med samma anslutningsalternativ)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänt</translation>
    </message>
    <message>
        <source>%1 every %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <source>already so: nothing to send</source>
        <translation>redan så: inget att skicka</translation>
    </message>
    <message>
        <source>release: stops %1</source>
        <translation>uppsägning: %1 upphör</translation>
    </message>
    <message>
        <source>rent: setup %1, then %2</source>
        <translation>hyra: start %1, sedan %2</translation>
    </message>
    <message>
        <source>remove the emergency address</source>
        <translation>ta bort nödadressen</translation>
    </message>
    <message>
        <source>  Setup prices: %1</source>
        <translation>  Startavgifter: %1</translation>
    </message>
    <message>
        <source>  Recurring prices that start: %1</source>
        <translation>  Återkommande priser som börjar: %1</translation>
    </message>
    <message>
        <source>  Recurring prices that stop: %1</source>
        <translation>  Återkommande priser som upphör: %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n number(s) already have these settings: nothing is sent for them.</source>
        <translation>
            <numerusform>  %n nummer har redan de här inställningarna: inget skickas för det.</numerusform>
            <numerusform>  %n nummer har redan de här inställningarna: inget skickas för dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renting %n number(s) (billable).</source>
        <translation>
            <numerusform>Hyr %n nummer (debiteras).</numerusform>
            <numerusform>Hyr %n nummer (debiteras).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updating %n number(s).</source>
        <translation>
            <numerusform>Uppdaterar %n nummer.</numerusform>
            <numerusform>Uppdaterar %n nummer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Releasing %n number(s) at the end of their paid periods. This cannot be undone.</source>
        <translation>
            <numerusform>Säger upp %n nummer vid slutet av den betalda perioden. Det går inte att ångra.</numerusform>
            <numerusform>Säger upp %n nummer vid slutet av deras betalda perioder. Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Torrkörning: inget skickades.</translation>
    </message>
    <message>
        <source>Job ID: %1</source>
        <translation>Jobb-ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more (&apos;--dry-run&apos; lists them all).</source>
        <translation>
            <numerusform>  … och %n till (”--dry-run” listar alla).</numerusform>
            <numerusform>  … och %n till (”--dry-run” listar alla).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not one of your numbers in the local inventory</source>
        <translation>%1: inte ett av dina nummer i det lokala lagret</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) of %1 are not in the local inventory (%2): nothing was started. Run &apos;numberdesk-cli inventory sync&apos; if they were rented since the last sync.</source>
        <translation>
            <numerusform>%n nummer i %1 finns inte i det lokala lagret (%2): inget startades. Kör ”numberdesk-cli inventory sync” om det har hyrts sedan den senaste synkroniseringen.</numerusform>
            <numerusform>%n nummer i %1 finns inte i det lokala lagret (%2): inget startades. Kör ”numberdesk-cli inventory sync” om de har hyrts sedan den senaste synkroniseringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>no numbers of the local inventory match: nothing was started</source>
        <translation>inga nummer i det lokala lagret matchar: inget startades</translation>
    </message>
    <message>
        <source>Selected from the local inventory synced %1.</source>
        <translation>Valda ur det lokala lagret som synkroniserades %1.</translation>
    </message>
    <message>
        <source>the numbers of %1 cost more than --max-recurring %2 in total: nothing was started</source>
        <translation>numren i %1 kostar sammanlagt mer än --max-recurring %2: inget startades</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) left out to stay within --max-recurring %1.</source>
        <translation>
            <numerusform>%n erbjudande utelämnades för att hålla sig inom --max-recurring %1.</numerusform>
            <numerusform>%n erbjudanden utelämnades för att hålla sig inom --max-recurring %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>no number can be rented: nothing was started</source>
        <translation>inget nummer kan hyras: inget startades</translation>
    </message>
    <message>
        <source>Only %1 of the %2 numbers asked for are on offer.</source>
        <translation>Bara %1 av de %2 begärda numren erbjuds.</translation>
    </message>
    <message>
        <source>remove the emergency address: %1</source>
        <translation>ta bort nödadressen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removing the emergency address of %n number(s). Emergency calls from them will have no dispatch address.</source>
        <translation>
            <numerusform>Tar bort nödadressen för %n nummer. Nödsamtal från det får ingen adress till larmcentralen.</numerusform>
            <numerusform>Tar bort nödadressen för %n nummer. Nödsamtal från dem får ingen adress till larmcentralen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no emergency address: nothing to remove; left out.</source>
        <translation>%1 har ingen nödadress: inget att ta bort; utelämnat.</translation>
    </message>
    <message>
        <source>%1: the emergency address could not be read (%2); left out.</source>
        <translation>%1: nödadressen kunde inte läsas (%2); utelämnat.</translation>
    </message>
    <message>
        <source>None of these numbers has an emergency address: nothing was started.</source>
        <translation>Inget av de här numren har någon nödadress: inget startades.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the emergency addresses of %n number(s)...</source>
        <translation>
            <numerusform>Läser nödadressen för %n nummer...</numerusform>
            <numerusform>Läser nödadresserna för %n nummer...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::cli::BulkJob</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n sekund</numerusform>
            <numerusform>%n sekunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapat</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klara</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ej utförda</translation>
    </message>
    <message>
        <source>By other</source>
        <translation>Av annan</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Väntar</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%2, %3): %4 of %n number(s) done, %5 already so or done by someone else, %6 not done, %7 unknown, %8 pending.</source>
        <translation>
            <numerusform>Jobbet %1 (%2, %3): %4 av %n nummer klart, %5 redan så eller utförda av någon annan, %6 inte utförda, %7 okända, %8 väntar.</numerusform>
            <numerusform>Jobbet %1 (%2, %3): %4 av %n nummer klara, %5 redan så eller utförda av någon annan, %6 inte utförda, %7 okända, %8 väntar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
    <message numerus="yes">
        <source>Reading back %n step(s) that were in flight when the job stopped...</source>
        <translation>
            <numerusform>Läser tillbaka %n steg som pågick när jobbet stoppades...</numerusform>
            <numerusform>Läser tillbaka %n steg som pågick när jobbet stoppades...</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1: %2 of %3 numbers finished...</source>
        <translation>Jobbet %1: %2 av %3 nummer slutförda...</translation>
    </message>
    <message>
        <source>Job %1: %2 of %3 numbers finished, about %4 left...</source>
        <translation>Jobbet %1: %2 av %3 nummer slutförda, ungefär %4 kvar...</translation>
    </message>
    <message>
        <source>Rate limited by the server: every step waits %1...</source>
        <translation>Hastighetsbegränsat av servern: varje steg väntar %1...</translation>
    </message>
    <message>
        <source>job %1 stopped: %2 Resume it with &apos;numberdesk-cli bulk resume %1&apos;.</source>
        <translation>jobbet %1 stoppades: %2 Återuppta det med ”numberdesk-cli bulk resume %1”.</translation>
    </message>
    <message>
        <source>job %1 paused; resume it with &apos;numberdesk-cli bulk resume %1&apos;.</source>
        <translation>jobbet %1 är pausat; återuppta det med ”numberdesk-cli bulk resume %1”.</translation>
    </message>
    <message>
        <source>To try the numbers not done again: numberdesk-cli bulk resume %1</source>
        <translation>Försök igen med numren som inte utfördes: numberdesk-cli bulk resume %1</translation>
    </message>
    <message>
        <source>Check the numbers whose outcome is unknown (&apos;bulk status %1&apos;) before trying again.</source>
        <translation>Kontrollera numren vars utfall är okänt (”bulk status %1”) innan du försöker igen.</translation>
    </message>
    <message>
        <source>there is no job %1 in %2</source>
        <translation>det finns inget jobb %1 i %2</translation>
    </message>
    <message>
        <source>No bulk jobs yet (journal: %1).</source>
        <translation>Inga massjobb ännu (journal: %1).</translation>
    </message>
    <message>
        <source>job %1 belongs to project %2, not %3: use the same connection options as when it was started</source>
        <translation>jobbet %1 tillhör projektet %2, inte %3: använd samma anslutningsalternativ som när det startades</translation>
    </message>
    <message>
        <source>job %1 was cancelled: start a new job for the numbers it did not do (&apos;bulk status %1&apos; lists them)</source>
        <translation>jobbet %1 annullerades: starta ett nytt jobb för numren som det inte utförde (”bulk status %1” listar dem)</translation>
    </message>
    <message>
        <source>job %1 is running in another NumberDesk process</source>
        <translation>jobbet %1 körs i en annan NumberDesk-process</translation>
    </message>
    <message>
        <source>Job %1 has nothing left to do.</source>
        <translation>Jobbet %1 har inget kvar att göra.</translation>
    </message>
    <message numerus="yes">
        <source>Resuming job %1 (%2 of %n number(s)).</source>
        <translation>
            <numerusform>Återupptar jobbet %1 (%2 av %n nummer).</numerusform>
            <numerusform>Återupptar jobbet %1 (%2 av %n nummer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n step(s) were in flight when it stopped: their state is read back first, and only what is certainly not done is sent again.</source>
        <translation>
            <numerusform>  %n steg pågick när det stoppades: dess tillstånd läses tillbaka först, och bara det som säkert inte är utfört skickas igen.</numerusform>
            <numerusform>  %n steg pågick när det stoppades: deras tillstånd läses tillbaka först, och bara det som säkert inte är utfört skickas igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n number(s) to do.</source>
        <translation>
            <numerusform>  %n nummer att utföra.</numerusform>
            <numerusform>  %n nummer att utföra.</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1 is running in another NumberDesk process: press Ctrl+C there (it pauses after the steps in flight), then cancel it</source>
        <translation>jobbet %1 körs i en annan NumberDesk-process: tryck på Ctrl+C där (det pausar efter de pågående stegen) och annullera det sedan</translation>
    </message>
    <message>
        <source>Job %1 is already %2.</source>
        <translation>Jobbet %1 är redan %2.</translation>
    </message>
    <message numerus="yes">
        <source>Offers were taken by someone else: searching again for %n more number(s)...</source>
        <translation>
            <numerusform>Erbjudanden togs av någon annan: söker igen efter %n nummer till...</numerusform>
            <numerusform>Erbjudanden togs av någon annan: söker igen efter %n nummer till...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::cli::CallbackCommands</name>
    <message>
        <source>--body-file: %1 cannot be read: %2</source>
        <translation>--body-file: %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>body: %1 bytes</source>
        <translation>innehåll: %1 byte</translation>
    </message>
    <message>
        <source>expected signature: %1</source>
        <translation>förväntad signatur: %1</translation>
    </message>
    <message>
        <source>expected with the previous secret: %1</source>
        <translation>förväntad med den föregående hemligheten: %1</translation>
    </message>
    <message>
        <source>given signature: %1</source>
        <translation>angiven signatur: %1</translation>
    </message>
    <message>
        <source>warning: the project&apos;s HMAC secret could not be read again: %1</source>
        <translation>varning: projektets HMAC-hemlighet kunde inte läsas igen: %1</translation>
    </message>
    <message>
        <source>Listening on %1 (set it as a number&apos;s callback URL; Ctrl+C stops)</source>
        <translation>Lyssnar på %1 (ange den som återanrops-URL för ett nummer; Ctrl+C stoppar)</translation>
    </message>
    <message>
        <source>Sending a %1 %2 test event for %3, signed with the callback secret of project %4, to %5.</source>
        <translation>Skickar en testhändelse %1 %2 för %3, signerad med återanropshemligheten för projektet %4, till %5.</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>skickat: %1</translation>
    </message>
    <message>
        <source>X-Sinch-Signature: %1</source>
        <translation>X-Sinch-Signature: %1</translation>
    </message>
    <message>
        <source>answer: HTTP %1 %2 (%3 ms)</source>
        <translation>svar: HTTP %1 %2 (%3 ms)</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 svarade inte: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: a receiver should answer 2xx to a callback it accepts</source>
        <translation>%1 svarade HTTP %2: en mottagare bör svara 2xx på ett återanrop som den godtar</translation>
    </message>
</context>
<context>
    <name>nd::cli::CliApp</name>
    <message>
        <source>Try &apos;numberdesk-cli --help&apos;.</source>
        <translation>Prova ”numberdesk-cli --help”.</translation>
    </message>
    <message>
        <source>Try &apos;numberdesk-cli %1 --help&apos;.</source>
        <translation>Prova ”numberdesk-cli %1 --help”.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; changes your account and needs confirmation, but standard input is not a terminal. Nothing was sent. Re-run with --yes to proceed.</source>
        <translation>”%1” ändrar ditt konto och kräver bekräftelse, men standard in är ingen terminal. Inget skickades. Kör igen med --yes för att fortsätta.</translation>
    </message>
    <message>
        <source>not confirmed: standard input is not a terminal (use --yes)</source>
        <translation>inte bekräftat: standard in är ingen terminal (använd --yes)</translation>
    </message>
    <message>
        <source>Type &quot;yes&quot; to continue: </source>
        <translation>Skriv &quot;yes&quot; för att fortsätta: </translation>
    </message>
    <message>
        <source>not confirmed: nothing was changed</source>
        <translation>inte bekräftat: inget ändrades</translation>
    </message>
    <message>
        <source>refusing to send &apos;%1&apos;: the activity log %2 cannot be written (%3). Nothing was sent. Fix the log file or choose another one with --audit-log FILE.</source>
        <translation>vägrar skicka ”%1”: aktivitetsloggen %2 kan inte skrivas (%3). Inget skickades. Åtgärda loggfilen eller välj en annan med --audit-log FILE.</translation>
    </message>
    <message>
        <source>HTTP %1 (code %2): %3</source>
        <translation>HTTP %1 (kod %2): %3</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1 %2 (code %3): %4</source>
        <translation>HTTP %1 %2 (kod %3): %4</translation>
    </message>
    <message>
        <source>HTTP %1 %2: %3</source>
        <translation>HTTP %1 %2: %3</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <source>interrupted again: stopped without waiting for the outcome</source>
        <translation>avbrutet igen: stoppade utan att vänta på utfallet</translation>
    </message>
    <message>
        <source>Interrupted: settling the action in flight first (press Ctrl+C again to quit at once)...</source>
        <translation>Avbrutet: avgör först åtgärden som pågår (tryck Ctrl+C igen för att avsluta direkt)...</translation>
    </message>
    <message>
        <source>Type the number of numbers (%1) to continue: </source>
        <translation>Skriv antalet nummer (%1) för att fortsätta: </translation>
    </message>
    <message>
        <source>Interrupted: pausing; the steps in flight finish first (press Ctrl+C again to quit at once)...</source>
        <translation>Avbrutet: pausar; de pågående stegen slutförs först (tryck på Ctrl+C igen för att avsluta direkt)...</translation>
    </message>
</context>
<context>
    <name>nd::cli::CliConnection</name>
    <message>
        <source>no saved profile named &apos;%1&apos;</source>
        <translation>ingen sparad profil som heter ”%1”</translation>
    </message>
    <message>
        <source>no project id: give --project, set SINCH_PROJECT_ID, or use --profile, --sandbox or --inventory-db</source>
        <translation>inget projekt-ID: ange --project, sätt SINCH_PROJECT_ID eller använd --profile, --sandbox eller --inventory-db</translation>
    </message>
    <message>
        <source>the embedded sandbox could not start: %1</source>
        <translation>den inbäddade sandlådan kunde inte starta: %1</translation>
    </message>
    <message>
        <source>Embedded sandbox at %1 (project %2)</source>
        <translation>Inbäddad sandlåda på %1 (projekt %2)</translation>
    </message>
    <message>
        <source>the saved profiles could not be read (%1): %2</source>
        <translation>de sparade profilerna kunde inte läsas (%1): %2</translation>
    </message>
    <message>
        <source>no saved profile named &apos;%1&apos; (saved profiles: %2)</source>
        <translation>ingen sparad profil som heter ”%1” (sparade profiler: %2)</translation>
    </message>
    <message>
        <source>no key secret for profile &apos;%1&apos;: %2 (give it with --key-secret-stdin or --key-secret-file FILE)</source>
        <translation>ingen nyckelhemlighet för profilen ”%1”: %2 (ange den med --key-secret-stdin eller --key-secret-file FILE)</translation>
    </message>
    <message>
        <source>no project id: give --project, set SINCH_PROJECT_ID, or use --profile or --sandbox</source>
        <translation>inget projekt-ID: ange --project, sätt SINCH_PROJECT_ID eller använd --profile eller --sandbox</translation>
    </message>
    <message>
        <source>no access key id: give --key-id, set SINCH_KEY_ID, or use --profile or --sandbox</source>
        <translation>inget ID för åtkomstnyckel: ange --key-id, sätt SINCH_KEY_ID eller använd --profile eller --sandbox</translation>
    </message>
    <message>
        <source>no access key secret: give --key-secret-stdin or --key-secret-file FILE, set SINCH_KEY_SECRET, or use --profile or --sandbox</source>
        <translation>ingen hemlighet för åtkomstnyckel: ange --key-secret-stdin eller --key-secret-file FILE, sätt SINCH_KEY_SECRET eller använd --profile eller --sandbox</translation>
    </message>
    <message>
        <source>the Numbers API URL must be an http(s) URL (got &apos;%1&apos;)</source>
        <translation>URL:en för Numbers API måste vara en http(s)-URL (fick ”%1”)</translation>
    </message>
    <message>
        <source>the auth URL must be an http(s) URL (got &apos;%1&apos;)</source>
        <translation>autentiserings-URL:en måste vara en http(s)-URL (fick ”%1”)</translation>
    </message>
</context>
<context>
    <name>nd::cli::CommandLine</name>
    <message>
        <source>Digits to look for (START patterns may begin with +country code)</source>
        <translation>Siffror att söka efter (START-mönster får börja med +landsnummer)</translation>
    </message>
    <message>
        <source>Where the digits must appear (needs --pattern)</source>
        <translation>Var siffrorna måste finnas (kräver --pattern)</translation>
    </message>
    <message>
        <source>Link the SMS service plan (&quot;&quot; unlinks, update only)</source>
        <translation>Koppla SMS-tjänsteplanen (&quot;&quot; kopplar bort, bara vid update)</translation>
    </message>
    <message>
        <source>Link the US 10DLC campaign (needs --sms-service-plan; &quot;&quot; unlinks)</source>
        <translation>Koppla den amerikanska 10DLC-kampanjen (kräver --sms-service-plan; &quot;&quot; kopplar bort)</translation>
    </message>
    <message>
        <source>Route voice to a Voice API app (RTC)</source>
        <translation>Dirigera röst till en Voice API-app (RTC)</translation>
    </message>
    <message>
        <source>Route voice to an Elastic SIP trunk (EST)</source>
        <translation>Dirigera röst till en Elastic SIP-trunk (EST)</translation>
    </message>
    <message>
        <source>Route voice to a Fax service (FAX)</source>
        <translation>Dirigera röst till en faxtjänst (FAX)</translation>
    </message>
    <message>
        <source>Where provisioning events for the number go</source>
        <translation>Vart provisioneringshändelser för numret skickas</translation>
    </message>
    <message>
        <source>Required capability (repeatable: all must be supported)</source>
        <translation>Funktion som krävs (kan upprepas: alla måste stödjas)</translation>
    </message>
    <message>
        <source>Required capability</source>
        <translation>Funktion som krävs</translation>
    </message>
    <message>
        <source>Name shown to emergency services</source>
        <translation>Namn som visas för räddningstjänsten</translation>
    </message>
    <message>
        <source>Street number</source>
        <translation>Gatunummer</translation>
    </message>
    <message>
        <source>Street name</source>
        <translation>Gatunamn</translation>
    </message>
    <message>
        <source>Suite, floor, building (optional)</source>
        <translation>Svit, våning, byggnad (valfritt)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State or province (two letters in the US)</source>
        <translation>Delstat eller provins (två bokstäver i USA)</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>ZIP+4 suffix (optional)</source>
        <translation>ZIP+4-tillägg (valfritt)</translation>
    </message>
    <message>
        <source>List the regions where numbers can be obtained</source>
        <translation>Lista regioner där nummer kan fås</translation>
    </message>
    <message>
        <source>Only regions offering this type (repeatable)</source>
        <translation>Bara regioner som erbjuder den här typen (kan upprepas)</translation>
    </message>
    <message>
        <source>Search, check and rent numbers from the inventory</source>
        <translation>Sök, kontrollera och hyr nummer ur lagret</translation>
    </message>
    <message>
        <source>Search numbers you could rent</source>
        <translation>Sök nummer som du kan hyra</translation>
    </message>
    <message>
        <source>Region code, e.g. US (required)</source>
        <translation>Regionkod, t.ex. US (krävs)</translation>
    </message>
    <message>
        <source>Number type (required)</source>
        <translation>Nummertyp (krävs)</translation>
    </message>
    <message>
        <source>At most N results</source>
        <translation>Högst N resultat</translation>
    </message>
    <message>
        <source>Check whether one number can be rented, and its price</source>
        <translation>Kontrollera om ett nummer kan hyras, och dess pris</translation>
    </message>
    <message>
        <source>Rent a specific number (billable)</source>
        <translation>Hyr ett visst nummer (debiteras)</translation>
    </message>
    <message>
        <source>Rent any number matching the criteria (billable; US LOCAL only)</source>
        <translation>Hyr valfritt nummer som matchar villkoren (debiteras; bara US LOCAL)</translation>
    </message>
    <message>
        <source>Region code (required)</source>
        <translation>Regionkod (krävs)</translation>
    </message>
    <message>
        <source>List, inspect, update and release your numbers</source>
        <translation>Lista, granska, uppdatera och säg upp dina nummer</translation>
    </message>
    <message>
        <source>List the numbers you have rented</source>
        <translation>Lista numren du har hyrt</translation>
    </message>
    <message>
        <source>Only this region</source>
        <translation>Bara den här regionen</translation>
    </message>
    <message>
        <source>Only this type</source>
        <translation>Bara den här typen</translation>
    </message>
    <message>
        <source>Numbers per page</source>
        <translation>Nummer per sida</translation>
    </message>
    <message>
        <source>Continue from a previous page</source>
        <translation>Fortsätt från en tidigare sida</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sorteringsordning</translation>
    </message>
    <message>
        <source>Fetch every page (all three types unless --type is given), streaming rows</source>
        <translation>Hämta alla sidor (alla tre typerna om inte --type anges) och skriv rader löpande</translation>
    </message>
    <message>
        <source>Show one rented number</source>
        <translation>Visa ett hyrt nummer</translation>
    </message>
    <message>
        <source>Change a number&apos;s name and configuration</source>
        <translation>Ändra ett nummers namn och konfiguration</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>Visningsnamn</translation>
    </message>
    <message>
        <source>Release a number at the end of its paid period (cannot be undone)</source>
        <translation>Säg upp ett nummer vid slutet av den betalda perioden (kan inte ångras)</translation>
    </message>
    <message>
        <source>Emergency (E911) address of a number</source>
        <translation>Nödadress (E911) för ett nummer</translation>
    </message>
    <message>
        <source>Show the emergency address</source>
        <translation>Visa nödadressen</translation>
    </message>
    <message>
        <source>Store the emergency address</source>
        <translation>Lagra nödadressen</translation>
    </message>
    <message>
        <source>Check an address without storing it</source>
        <translation>Kontrollera en adress utan att lagra den</translation>
    </message>
    <message>
        <source>Remove the emergency address</source>
        <translation>Ta bort nödadressen</translation>
    </message>
    <message>
        <source>Show the project&apos;s HMAC secret</source>
        <translation>Visa projektets HMAC-hemlighet</translation>
    </message>
    <message>
        <source>Replace the project&apos;s HMAC secret</source>
        <translation>Byt projektets HMAC-hemlighet</translation>
    </message>
    <message>
        <source>Read the new secret from standard input</source>
        <translation>Läs den nya hemligheten från standard in</translation>
    </message>
    <message>
        <source>Numbers API base URL [NUMBERDESK_NUMBERS_URL] (default https://numbers.api.sinch.com)</source>
        <translation>Bas-URL för Numbers API [NUMBERDESK_NUMBERS_URL] (standard https://numbers.api.sinch.com)</translation>
    </message>
    <message>
        <source>OAuth2 server base URL [NUMBERDESK_AUTH_URL] (default https://auth.sinch.com)</source>
        <translation>Bas-URL för OAuth2-servern [NUMBERDESK_AUTH_URL] (standard https://auth.sinch.com)</translation>
    </message>
    <message>
        <source>Project id [SINCH_PROJECT_ID]</source>
        <translation>Projekt-ID [SINCH_PROJECT_ID]</translation>
    </message>
    <message>
        <source>Access key id [SINCH_KEY_ID]</source>
        <translation>ID för åtkomstnyckel [SINCH_KEY_ID]</translation>
    </message>
    <message>
        <source>Authentication (default oauth2)</source>
        <translation>Autentisering (standard oauth2)</translation>
    </message>
    <message>
        <source>Use a profile saved by the NumberDesk app (secret from the keychain); &quot;Sandbox&quot; = --sandbox</source>
        <translation>Använd en profil som sparats av NumberDesk-appen (hemligheten från nyckelringen); &quot;Sandbox&quot; = --sandbox</translation>
    </message>
    <message>
        <source>Run against an embedded sandbox with a seeded inventory (no credentials needed)</source>
        <translation>Kör mot en inbäddad sandlåda med ett förifyllt lager (inga inloggningsuppgifter behövs)</translation>
    </message>
    <message>
        <source>Active numbers the sandbox starts with</source>
        <translation>Aktiva nummer som sandlådan startar med</translation>
    </message>
    <message>
        <source>Seed of the sandbox inventory</source>
        <translation>Frö för sandlådans lager</translation>
    </message>
    <message>
        <source>Keep the sandbox state in FILE, so changes survive between runs</source>
        <translation>Spara sandlådans tillstånd i FIL så att ändringar finns kvar mellan körningar</translation>
    </message>
    <message>
        <source>Output format (default table)</source>
        <translation>Utdataformat (standard table)</translation>
    </message>
    <message>
        <source>Transfer timeout per request (default 30)</source>
        <translation>Tidsgräns för överföring per begäran (standard 30)</translation>
    </message>
    <message>
        <source>Log each request on standard error (never secrets)</source>
        <translation>Logga varje begäran på standard fel (aldrig hemligheter)</translation>
    </message>
    <message>
        <source>Show help for the command</source>
        <translation>Visa hjälp för kommandot</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Visa versionen</translation>
    </message>
    <message>
        <source>unknown option %1 for &apos;%2&apos; (options start with --)</source>
        <translation>okänt alternativ %1 för ”%2” (alternativ börjar med --)</translation>
    </message>
    <message>
        <source>unknown option --%1 for &apos;%2&apos;</source>
        <translation>okänt alternativ --%1 för ”%2”</translation>
    </message>
    <message>
        <source>unknown option --%1 for &apos;%2&apos; (it takes no options)</source>
        <translation>okänt alternativ --%1 för ”%2” (det tar inga alternativ)</translation>
    </message>
    <message>
        <source>unknown option --%1 (command options go after the command, e.g. &apos;numberdesk-cli active list --%1&apos;)</source>
        <translation>okänt alternativ --%1 (kommandoalternativ skrivs efter kommandot, t.ex. ”numberdesk-cli active list --%1”)</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2)</source>
        <translation>--%1 behöver ett värde (%2)</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 tar inget värde</translation>
    </message>
    <message>
        <source>--%1 given more than once</source>
        <translation>--%1 angavs mer än en gång</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2)</source>
        <translation>okänt kommando ”%1” (kommandon: %2)</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; for &apos;%2&apos; (choose one of: %3)</source>
        <translation>okänt underkommando ”%1” för ”%2” (välj ett av: %3)</translation>
    </message>
    <message>
        <source>no command given (try &apos;numberdesk-cli --help&apos;)</source>
        <translation>inget kommando angavs (prova ”numberdesk-cli --help”)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2</source>
        <translation>”%1” behöver ett underkommando: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2</source>
        <translation>”%1” behöver %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments, got &apos;%2&apos;</source>
        <translation>”%1” tar inga argument, fick ”%2”</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;%2&apos;</source>
        <translation>oväntat argument ”%1” för ”%2”</translation>
    </message>
    <message>
        <source>Usage: numberdesk-cli [options] COMMAND [SUBCOMMAND] [arguments] [options]

</source>
        <translation>Användning: numberdesk-cli [alternativ] KOMMANDO [UNDERKOMMANDO] [argument] [alternativ]

</translation>
    </message>
    <message>
        <source>Manage Sinch phone numbers from the command line.

Commands:
</source>
        <translation>Hantera Sinch-telefonnummer från kommandoraden.

Kommandon:
</translation>
    </message>
    <message>
        <source>
Options (accepted anywhere on the command line):
</source>
        <translation>
Alternativ (tillåtna var som helst på kommandoraden):
</translation>
    </message>
    <message>
        <source>
Run &apos;numberdesk-cli COMMAND --help&apos; for the options of a command.
</source>
        <translation>
Kör ”numberdesk-cli KOMMANDO --help” för att se ett kommandos alternativ.
</translation>
    </message>
    <message>
        <source>Usage: numberdesk-cli %1 SUBCOMMAND [options]

%2

Subcommands:
</source>
        <translation>Användning: numberdesk-cli %1 UNDERKOMMANDO [alternativ]

%2

Underkommandon:
</translation>
    </message>
    <message>
        <source>
Run &apos;numberdesk-cli %1 SUBCOMMAND --help&apos; for details.
</source>
        <translation>
Kör ”numberdesk-cli %1 UNDERKOMMANDO --help” för detaljer.
</translation>
    </message>
    <message>
        <source>Usage: %1 [options]

%2
</source>
        <translation>Användning: %1 [alternativ]

%2
</translation>
    </message>
    <message>
        <source>
This command changes your account: it shows what will happen and asks you to type &quot;yes&quot;. Without a terminal it refuses unless --yes is given (exit code 5).
</source>
        <translation>
Kommandot ändrar ditt konto: det visar vad som kommer att hända och ber dig skriva &quot;yes&quot;. Utan terminal vägrar det om inte --yes anges (slutkod 5).
</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
Alternativ:
</translation>
    </message>
    <message>
        <source>
Global options:
</source>
        <translation>
Globala alternativ:
</translation>
    </message>
    <message>
        <source>Show or export the activity log of billable and destructive actions</source>
        <translation>Visa eller exportera aktivitetsloggen över debiterade och destruktiva åtgärder</translation>
    </message>
    <message>
        <source>Only actions started at or after this time</source>
        <translation>Bara åtgärder som startade vid eller efter den här tidpunkten</translation>
    </message>
    <message>
        <source>Only actions started before this time</source>
        <translation>Bara åtgärder som startade före den här tidpunkten</translation>
    </message>
    <message>
        <source>Only this operation: rent, rentAny, update, release, emergencyProvision, emergencyDeprovision, callbackSecretUpdate</source>
        <translation>Bara den här åtgärden: rent, rentAny, update, release, emergencyProvision, emergencyDeprovision, callbackSecretUpdate</translation>
    </message>
    <message>
        <source>Only actions on this number</source>
        <translation>Bara åtgärder för det här numret</translation>
    </message>
    <message>
        <source>At most N actions (newest first)</source>
        <translation>Högst N åtgärder (nyaste först)</translation>
    </message>
    <message>
        <source>Inject faults into the sandbox, e.g. &quot;5xx=0.1,drop-after-commit@rent=1&quot; (testing)</source>
        <translation>Injicera fel i sandlådan, t.ex. &quot;5xx=0.1,drop-after-commit@rent=1&quot; (för test)</translation>
    </message>
    <message>
        <source>Delay every sandbox answer by MS milliseconds</source>
        <translation>Fördröj varje svar från sandlådan med MS millisekunder</translation>
    </message>
    <message>
        <source>PEM file of extra CA certificates to trust [NUMBERDESK_CA_BUNDLE]</source>
        <translation>PEM-fil med extra CA-certifikat att lita på [NUMBERDESK_CA_BUNDLE]</translation>
    </message>
    <message>
        <source>Activity (audit) log of billable and destructive actions [NUMBERDESK_AUDIT_LOG]</source>
        <translation>Aktivitetslogg (granskning) över debiterade och destruktiva åtgärder [NUMBERDESK_AUDIT_LOG]</translation>
    </message>
    <message>
        <source>Retries of a failed read (5xx, 429, network) before giving up (default 3; billable calls are never retried)</source>
        <translation>Antal nya försök för en misslyckad läsning (5xx, 429, nätverk) innan den ges upp (standard 3; debiterade anrop görs aldrig om)</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (accepted, and ignored, by commands that need none)</source>
        <translation>Fråga inte om bekräftelse (godtas, och ignoreras, av kommandon som inte behöver någon)</translation>
    </message>
    <message>
        <source>New secret: 32-64 characters of A-Z a-z 0-9 - (visible to other users in ps: prefer the next two)</source>
        <translation>Ny hemlighet: 32–64 tecken av A-Z a-z 0-9 - (synlig för andra användare i ps: använd hellre de två nästa)</translation>
    </message>
    <message>
        <source>Read the new secret from the first line of FILE (must not be readable by others)</source>
        <translation>Läs den nya hemligheten från första raden i FILE (får inte vara läsbar för andra)</translation>
    </message>
    <message>
        <source>The local mirror of all your numbers: sync it, then list, compare and count without the network</source>
        <translation>Den lokala kopian av alla dina nummer: synkronisera den och lista, jämför och räkna sedan utan nätverk</translation>
    </message>
    <message>
        <source>Fetch every active number into the local mirror (parallel, all types)</source>
        <translation>Hämta alla aktiva nummer till den lokala kopian (parallellt, alla typer)</translation>
    </message>
    <message>
        <source>List numbers from the mirror (no network)</source>
        <translation>Lista nummer från den lokala kopian (utan nätverk)</translation>
    </message>
    <message>
        <source>Only numbers whose display name contains TEXT (any case)</source>
        <translation>Bara nummer vars visningsnamn innehåller TEXT (oavsett skiftläge)</translation>
    </message>
    <message>
        <source>Only numbers being released (yes) or not (no)</source>
        <translation>Bara nummer som håller på att sägas upp (yes) eller inte (no)</translation>
    </message>
    <message>
        <source>Order (default number)</source>
        <translation>Ordning (standard: number)</translation>
    </message>
    <message>
        <source>What changed between the last two syncs: numbers added, removed and changed, field by field</source>
        <translation>Vad som ändrades mellan de två senaste synkroniseringarna: tillagda, borttagna och ändrade nummer, fält för fält</translation>
    </message>
    <message>
        <source>When the mirror was last synced, how many numbers it holds, and where it is</source>
        <translation>När den lokala kopian senast synkroniserades, hur många nummer den innehåller och var den finns</translation>
    </message>
    <message>
        <source>Only this outcome: pending, done, not_done, done_by_other, unknown</source>
        <translation>Bara det här utfallet: pending, done, not_done, done_by_other, unknown</translation>
    </message>
    <message>
        <source>Access key secret [SINCH_KEY_SECRET] (visible to other users in ps: prefer the next two)</source>
        <translation>Hemlighet för åtkomstnyckel [SINCH_KEY_SECRET] (synlig för andra användare i ps: använd hellre de två nästa)</translation>
    </message>
    <message>
        <source>Read the access key secret from standard input</source>
        <translation>Läs hemligheten för åtkomstnyckeln från standard in</translation>
    </message>
    <message>
        <source>Read the access key secret from the first line of FILE (must not be readable by others)</source>
        <translation>Läs hemligheten för åtkomstnyckeln från första raden i FILE (får inte vara läsbar för andra)</translation>
    </message>
    <message>
        <source>The local mirror of the connection&apos;s numbers [NUMBERDESK_INVENTORY_DB]</source>
        <translation>Den lokala kopian av anslutningens nummer [NUMBERDESK_INVENTORY_DB]</translation>
    </message>
    <message>
        <source>Callback (webhook) signing: the secret, and tools to receive, check and send callbacks</source>
        <translation>Signering av återanrop (webhooks): hemligheten och verktyg för att ta emot, kontrollera och skicka återanrop</translation>
    </message>
    <message>
        <source>Check a callback&apos;s X-Sinch-Signature against its raw body (exit 0 valid, 9 invalid)</source>
        <translation>Kontrollera ett återanrops X-Sinch-Signature mot dess rådata (slutkod 0 giltig, 9 ogiltig)</translation>
    </message>
    <message>
        <source>The request body exactly as received (required)</source>
        <translation>Begärans innehåll exakt som det togs emot (obligatoriskt)</translation>
    </message>
    <message>
        <source>The X-Sinch-Signature header value (required)</source>
        <translation>Värdet i huvudet X-Sinch-Signature (obligatoriskt)</translation>
    </message>
    <message>
        <source>Read the secret from standard input</source>
        <translation>Läs hemligheten från standard in</translation>
    </message>
    <message>
        <source>Read the secret from the first line of FILE (must not be readable by others)</source>
        <translation>Läs hemligheten från första raden i FILE (får inte vara läsbar för andra)</translation>
    </message>
    <message>
        <source>During a rotation, also accept the previous secret read from FILE</source>
        <translation>Godta under ett byte även den föregående hemligheten, läst från FILE</translation>
    </message>
    <message>
        <source>Receive callbacks on 127.0.0.1 and print them as JSON lines, each with its signature verdict against the project&apos;s secret</source>
        <translation>Ta emot återanrop på 127.0.0.1 och skriv ut dem som JSON-rader, var och en med sitt signaturutlåtande mot projektets hemlighet</translation>
    </message>
    <message>
        <source>Port to listen on (default: any free port)</source>
        <translation>Port att lyssna på (standard: valfri ledig port)</translation>
    </message>
    <message>
        <source>Stop after N callbacks</source>
        <translation>Stoppa efter N återanrop</translation>
    </message>
    <message>
        <source>POST a sample event signed with the project&apos;s secret to your endpoint and show its answer</source>
        <translation>Skicka (POST) en exempelhändelse signerad med projektets hemlighet till din slutpunkt och visa svaret</translation>
    </message>
    <message>
        <source>The endpoint (http or https; required)</source>
        <translation>Slutpunkten (http eller https; obligatoriskt)</translation>
    </message>
    <message>
        <source>Event type (default PROVISIONING_TO_SMS_PLATFORM)</source>
        <translation>Händelsetyp (standard PROVISIONING_TO_SMS_PLATFORM)</translation>
    </message>
    <message>
        <source>Event status (default SUCCEEDED)</source>
        <translation>Händelsestatus (standard SUCCEEDED)</translation>
    </message>
    <message>
        <source>The number in the event (default +12025550134)</source>
        <translation>Numret i händelsen (standard +12025550134)</translation>
    </message>
    <message>
        <source>What the numbers cost per month, by region and type, what falls due in the next 12 months and what needs attention (from the mirror, no network)</source>
        <translation>Vad numren kostar per månad efter region och typ, vad som förfaller de närmaste 12 månaderna och vad som behöver åtgärdas (från den lokala kopian, utan nätverk)</translation>
    </message>
    <message>
        <source>Only the numbers priced in this currency (USD, EUR, ...)</source>
        <translation>Bara numren som prissätts i den här valutan (USD, EUR, ...)</translation>
    </message>
    <message>
        <source>The numbers: one a line (any usual format; # comments), or a CSV with a phoneNumber column</source>
        <translation>Numren: ett per rad (valfritt vanligt format; #-kommentarer), eller en CSV med kolumnen phoneNumber</translation>
    </message>
    <message>
        <source>Country of national numbers in FILE (without it they must start with + or 00)</source>
        <translation>Land för nationella nummer i FILE (utan det måste de börja med + eller 00)</translation>
    </message>
    <message>
        <source>Show the preview and totals; send nothing</source>
        <translation>Visa förhandsvisningen och summorna; skicka inget</translation>
    </message>
    <message>
        <source>Steps in flight at once (1 to 16, default 4)</source>
        <translation>Steg som pågår samtidigt (1 till 16, standard 4)</translation>
    </message>
    <message>
        <source>Only numbers of this region (from the mirror)</source>
        <translation>Bara nummer i den här regionen (från den lokala kopian)</translation>
    </message>
    <message>
        <source>Only numbers of this type</source>
        <translation>Bara nummer av den här typen</translation>
    </message>
    <message>
        <source>Rent the numbers in FILE, or N numbers matching a search (billable)</source>
        <translation>Hyr numren i FILE, eller N nummer som matchar en sökning (debiteras)</translation>
    </message>
    <message>
        <source>Region code of the search</source>
        <translation>Regionkod för sökningen</translation>
    </message>
    <message>
        <source>Number type of the search</source>
        <translation>Nummertyp för sökningen</translation>
    </message>
    <message>
        <source>How many numbers to rent (1 to 1000)</source>
        <translation>Hur många nummer som ska hyras (1 till 1000)</translation>
    </message>
    <message>
        <source>Cap on the total recurring price of the numbers rented (per currency)</source>
        <translation>Tak för det sammanlagda återkommande priset för de hyrda numren (per valuta)</translation>
    </message>
    <message>
        <source>Change the name and configuration of the numbers in FILE or matching the filters</source>
        <translation>Ändra namn och konfiguration för numren i FILE eller som matchar filtren</translation>
    </message>
    <message>
        <source>New name; {n} becomes 1, 2, 3… and {number} the number</source>
        <translation>Nytt namn; {n} blir 1, 2, 3… och {number} numret</translation>
    </message>
    <message>
        <source>Release the numbers in FILE or matching the filters (cannot be undone)</source>
        <translation>Säg upp numren i FILE eller som matchar filtren (kan inte ångras)</translation>
    </message>
    <message>
        <source>List jobs, or show one job&apos;s per-number states</source>
        <translation>Lista jobb, eller visa ett jobbs tillstånd per nummer</translation>
    </message>
    <message>
        <source>Resume an interrupted or paused job: steps in flight are settled first, then the rest run</source>
        <translation>Återuppta ett avbrutet eller pausat jobb: pågående steg avgörs först, sedan körs resten</translation>
    </message>
    <message>
        <source>Steps in flight at once (1 to 16)</source>
        <translation>Steg som pågår samtidigt (1 till 16)</translation>
    </message>
    <message>
        <source>Cancel a job that is not running (a step left in flight is settled first)</source>
        <translation>Annullera ett jobb som inte körs (ett steg som lämnats pågående avgörs först)</translation>
    </message>
    <message>
        <source>Only the steps of this bulk job</source>
        <translation>Bara stegen i det här massjobbet</translation>
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
        <translation>Slutkoder:
  0  lyckades
  1  annat fel
  2  användningsfel (felaktigt alternativ, felaktigt nummer, inloggningsuppgifter saknas, osäker URL)
  3  API-fel (HTTP 4xx/5xx eller ett svar som inte kan tolkas)
  4  nätverks-, TLS- eller tidsgränsfel
  5  inte bekräftat (inget --yes och ingen terminal, eller så var svaret inte &quot;yes&quot;)
  6  utfallet okänt: svaret förlorades och kontrollen misslyckades; kontrollera innan du försöker igen
  7  vägrat: aktivitetsloggen kan inte skrivas, så inget som debiteras skickades
  8  utfört av någon annan, eller redan så: inget ändrades eller debiterades av den här körningen
  9  callbacks verify: signaturen är ogiltig
 10  standard ut kunde inte skrivas (disken full, stängd, brutet rör)
 11  massjobbet inte slutfört: nummer inte utförda, eller så pausades eller annullerades det (&apos;bulk status JOB&apos;)
130  avbrutet (Ctrl+C); en pågående åtgärd avgjordes och registrerades först
</translation>
    </message>
    <message>
        <source>Rent, update, release or remove the emergency address of many numbers as one job: previewed, journaled, resumable</source>
        <translation>Hyr, uppdatera, säg upp eller ta bort nödadressen för många nummer som ett jobb: förhandsvisat, journalfört och återupptagbart</translation>
    </message>
    <message>
        <source>Remove the emergency (911) address of the numbers in FILE or matching the filters</source>
        <translation>Ta bort nödadressen (911) för numren i FILE eller numren som matchar filtren</translation>
    </message>
    <message>
        <source>Requests in flight at once (1 to %1; default: the profile&apos;s setting, else %2)</source>
        <translation>Samtidiga förfrågningar (1 till %1; standard: profilens inställning, annars %2)</translation>
    </message>
</context>
<context>
    <name>nd::cli::InventoryCommands</name>
    <message>
        <source>there is no local inventory yet at %1: run &apos;numberdesk-cli inventory sync&apos; first (with the same connection options)</source>
        <translation>det finns inget lokalt lager på %1 ännu: kör ”numberdesk-cli inventory sync” först (med samma anslutningsalternativ)</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 numbers...</source>
        <translation>Synkroniserar: %1 av %2 nummer...</translation>
    </message>
    <message>
        <source>Syncing: %1 numbers...</source>
        <translation>Synkroniserar: %1 nummer...</translation>
    </message>
    <message>
        <source>interrupted: the mirror keeps its previous sync</source>
        <translation>avbrutet: den lokala kopian behåller sin tidigare synkronisering</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagda</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttagna</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunder</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message numerus="yes">
        <source>The server limited the request rate %n time(s); the sync slowed down and went on.</source>
        <translation>
            <numerusform>Servern begränsade takten för begäranden %n gång; synkroniseringen saktade ner och fortsatte.</numerusform>
            <numerusform>Servern begränsade takten för begäranden %n gånger; synkroniseringen saktade ner och fortsatte.</numerusform>
        </translation>
    </message>
    <message>
        <source>No number in the mirror matches.</source>
        <translation>Inget nummer i den lokala kopian matchar.</translation>
    </message>
    <message>
        <source>the mirror has not been synced yet: run &apos;numberdesk-cli inventory sync&apos;</source>
        <translation>den lokala kopian har inte synkroniserats ännu: kör ”numberdesk-cli inventory sync”</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Changes between the syncs of %1 and %2.</source>
        <translation>Ändringar mellan synkroniseringarna %1 och %2.</translation>
    </message>
    <message>
        <source>The first sync (%1): every number is new.</source>
        <translation>Den första synkroniseringen (%1): alla nummer är nya.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Senaste synkronisering</translation>
    </message>
    <message>
        <source>Mirror file</source>
        <translation>Den lokala kopians fil</translation>
    </message>
    <message numerus="yes">
        <source>Inventory report of %1: %n number(s), %2 being released</source>
        <translation>
            <numerusform>Lagerrapport för %1: %n nummer, varav %2 sägs upp</numerusform>
            <numerusform>Lagerrapport för %1: %n nummer, varav %2 sägs upp</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the numbers priced in %1.</source>
        <translation>Bara numren som prissätts i %1.</translation>
    </message>
    <message>
        <source>Run-rate per month (numbers not being released): %1</source>
        <translation>Löpande kostnad per månad (nummer som inte sägs upp): %1</translation>
    </message>
    <message>
        <source>Charges that stop with the releases (per month): %1</source>
        <translation>Avgifter som upphör med uppsägningarna (per månad): %1</translation>
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
        <translation>Löpande kostnad per månad</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Provisioning failed (%1)</source>
        <translation>Provisioneringen misslyckades (%1)</translation>
    </message>
    <message>
        <source>Provisioning pending for more than an hour (%1)</source>
        <translation>Provisioneringen har väntat i mer än en timme (%1)</translation>
    </message>
    <message>
        <source>Neither SMS nor voice linked: paid for, doing nothing (%1)</source>
        <translation>Varken SMS eller röst kopplat: betalas men gör ingenting (%1)</translation>
    </message>
    <message>
        <source>Released within 7 days (%1)</source>
        <translation>Sägs upp inom 7 dagar (%1)</translation>
    </message>
    <message>
        <source>Price or payment interval unreadable, left out of the amounts (%1)</source>
        <translation>Pris eller betalningsintervall går inte att läsa, utelämnat ur beloppen (%1)</translation>
    </message>
    <message>
        <source>no number in the mirror is priced in %1 (its currencies: %2)</source>
        <translation>inget nummer i den lokala kopian prissätts i %1 (dess valutor: %2)</translation>
    </message>
    <message>
        <source>The mirror has not been synced yet: run &apos;numberdesk-cli inventory sync&apos;.</source>
        <translation>Den lokala kopian har inte synkroniserats ännu: kör ”numberdesk-cli inventory sync”.</translation>
    </message>
</context>
<context>
    <name>nd::cli::OutputStream</name>
    <message>
        <source>standard output was closed by the program reading it (broken pipe); stopped</source>
        <translation>standardutmatningen stängdes av programmet som läste den (bruten pipe); stoppade</translation>
    </message>
    <message>
        <source>standard output could not be written: %1</source>
        <translation>standardutmatningen kunde inte skrivas: %1</translation>
    </message>
</context>
<context>
    <name>nd::cli::ReadCommands</name>
    <message numerus="yes">
        <source>Fetched %1 of %n numbers...</source>
        <translation>
            <numerusform>Hämtade %1 av %n nummer...</numerusform>
            <numerusform>Hämtade %1 av %n nummer...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n numbers...</source>
        <translation>
            <numerusform>Hämtade %n nummer...</numerusform>
            <numerusform>Hämtade %n nummer...</numerusform>
        </translation>
    </message>
    <message>
        <source>No available numbers match.</source>
        <translation>Inga tillgängliga nummer matchar.</translation>
    </message>
    <message>
        <source>More numbers follow: add --page-token %1 (or use --all).</source>
        <translation>Fler nummer följer: lägg till --page-token %1 (eller använd --all).</translation>
    </message>
    <message>
        <source>No emergency address is provisioned for %1.</source>
        <translation>Ingen nödadress är provisionerad för %1.</translation>
    </message>
</context>
<context>
    <name>nd::cli::Records</name>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n månad</numerusform>
            <numerusform>%n månader</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
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
        <translation>Funktioner</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Per månad</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Next charge</source>
        <translation>Nästa debitering</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Upphör</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <source>SMS provisioning</source>
        <translation>SMS-provisionering</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Röst</translation>
    </message>
    <message>
        <source>Voice id</source>
        <translation>Röst-ID</translation>
    </message>
    <message>
        <source>Voice provisioning</source>
        <translation>Röstprovisionering</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Återanrops-URL</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>required</source>
        <translation>krävs</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Typer</translation>
    </message>
    <message>
        <source>Street number</source>
        <translation>Gatunummer</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Delstat</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Plus four</source>
        <translation>ZIP+4</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <source>Validated address</source>
        <translation>Validerad adress</translation>
    </message>
    <message>
        <source>Corrected address</source>
        <translation>Korrigerad adress</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>HMAC secret</source>
        <translation>HMAC-hemlighet</translation>
    </message>
</context>
<context>
    <name>nd::cli::RequestParser</name>
    <message>
        <source>give only one of --%1, --%1-stdin and --%1-file</source>
        <translation>ange bara en av --%1, --%1-stdin och --%1-file</translation>
    </message>
    <message>
        <source>warning: --%1 puts the secret in the process arguments, where other users of this computer can see it (ps); prefer --%1-stdin or --%1-file</source>
        <translation>varning: --%1 lägger hemligheten i processens argument, där andra användare av den här datorn kan se den (ps); använd hellre --%1-stdin eller --%1-file</translation>
    </message>
    <message>
        <source>--%1-file needs a file name</source>
        <translation>--%1-file behöver ett filnamn</translation>
    </message>
    <message>
        <source>--format must be table, json or csv (got &apos;%1&apos;)</source>
        <translation>--format måste vara table, json eller csv (fick ”%1”)</translation>
    </message>
    <message>
        <source>--sandbox cannot be combined with --profile %1</source>
        <translation>--sandbox kan inte kombineras med --profile %1</translation>
    </message>
    <message>
        <source>--sandbox-active, --sandbox-seed, --sandbox-state, --sandbox-faults and --sandbox-latency need --sandbox</source>
        <translation>--sandbox-active, --sandbox-seed, --sandbox-state, --sandbox-faults och --sandbox-latency kräver --sandbox</translation>
    </message>
    <message>
        <source>--sandbox-faults: %1</source>
        <translation>--sandbox-faults: %1</translation>
    </message>
    <message>
        <source>--sandbox-latency must be a number of milliseconds from 0 to 600000 (got &apos;%1&apos;)</source>
        <translation>--sandbox-latency måste vara ett antal millisekunder från 0 till 600000 (fick ”%1”)</translation>
    </message>
    <message>
        <source>--sandbox-active must be a number from 0 to 1000000 (got &apos;%1&apos;)</source>
        <translation>--sandbox-active måste vara ett tal från 0 till 1000000 (fick ”%1”)</translation>
    </message>
    <message>
        <source>--sandbox-seed must be a non-negative number (got &apos;%1&apos;)</source>
        <translation>--sandbox-seed måste vara ett icke-negativt tal (fick ”%1”)</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds greater than 0 and at most 3600 (got &apos;%1&apos;)</source>
        <translation>--timeout måste vara ett antal sekunder större än 0 och högst 3600 (fick ”%1”)</translation>
    </message>
    <message>
        <source>--retries must be a number from 0 to 10 (got &apos;%1&apos;)</source>
        <translation>--retries måste vara ett tal från 0 till 10 (fick ”%1”)</translation>
    </message>
    <message>
        <source>--auth must be basic or oauth2 (got &apos;%1&apos;)</source>
        <translation>--auth måste vara basic eller oauth2 (fick ”%1”)</translation>
    </message>
    <message>
        <source>--%1 must be an http(s) URL (got &apos;%2&apos;)</source>
        <translation>--%1 måste vara en http(s)-URL (fick ”%2”)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable phone number: %2</source>
        <translation>”%1” är inget användbart telefonnummer: %2</translation>
    </message>
    <message>
        <source>--region is required for &apos;%1&apos;</source>
        <translation>--region krävs för ”%1”</translation>
    </message>
    <message>
        <source>--region must be a two-letter country code such as US (got &apos;%1&apos;)</source>
        <translation>--region måste vara en landskod med två bokstäver, till exempel US (fick ”%1”)</translation>
    </message>
    <message>
        <source>--type is required for &apos;%1&apos; (MOBILE, LOCAL or TOLL_FREE)</source>
        <translation>--type krävs för ”%1” (MOBILE, LOCAL eller TOLL_FREE)</translation>
    </message>
    <message>
        <source>--type must be MOBILE, LOCAL or TOLL_FREE (got &apos;%1&apos;)</source>
        <translation>--type måste vara MOBILE, LOCAL eller TOLL_FREE (fick ”%1”)</translation>
    </message>
    <message>
        <source>--capability must be SMS or VOICE (got &apos;%1&apos;)</source>
        <translation>--capability måste vara SMS eller VOICE (fick ”%1”)</translation>
    </message>
    <message>
        <source>--%1 must be a number from 1 to %2 (got &apos;%3&apos;)</source>
        <translation>--%1 måste vara ett tal från 1 till %2 (fick ”%3”)</translation>
    </message>
    <message>
        <source>--search-pattern needs --pattern</source>
        <translation>--search-pattern kräver --pattern</translation>
    </message>
    <message>
        <source>--pattern must be 1 to 15 digits, optionally after a leading + (got &apos;%1&apos;)</source>
        <translation>--pattern måste vara 1 till 15 siffror, eventuellt efter ett inledande + (fick ”%1”)</translation>
    </message>
    <message>
        <source>--search-pattern must be START, CONTAINS or END (got &apos;%1&apos;)</source>
        <translation>--search-pattern måste vara START, CONTAINS eller END (fick ”%1”)</translation>
    </message>
    <message>
        <source>--pattern may start with + only with --search-pattern START (got &apos;%1&apos;)</source>
        <translation>--pattern får bara börja med + tillsammans med --search-pattern START (fick ”%1”)</translation>
    </message>
    <message>
        <source>--%1 must not be empty (&quot;&quot; unlinks, which only &apos;active update&apos; can do)</source>
        <translation>--%1 får inte vara tomt (&quot;&quot; kopplar bort, vilket bara ”active update” kan göra)</translation>
    </message>
    <message>
        <source>--sms-campaign needs --sms-service-plan (the API requires the service plan whenever SMS settings are sent)</source>
        <translation>--sms-campaign kräver --sms-service-plan (API:et kräver tjänsteplanen så fort SMS-inställningar skickas)</translation>
    </message>
    <message>
        <source>--voice-rtc-app, --voice-est-trunk and --voice-fax-service are mutually exclusive</source>
        <translation>--voice-rtc-app, --voice-est-trunk och --voice-fax-service utesluter varandra</translation>
    </message>
    <message>
        <source>--callback-url must be an http(s) URL (got &apos;%1&apos;)</source>
        <translation>--callback-url måste vara en http(s)-URL (fick ”%1”)</translation>
    </message>
    <message>
        <source>--%1 is required for &apos;%2&apos;</source>
        <translation>--%1 krävs för ”%2”</translation>
    </message>
    <message>
        <source>--%1 must be an ISO 8601 date or time such as 2025-03-14 or 2025-03-14T09:00:00Z (got &apos;%2&apos;)</source>
        <translation>--%1 måste vara ett datum eller en tid enligt ISO 8601, till exempel 2025-03-14 eller 2025-03-14T09:00:00Z (fick ”%2”)</translation>
    </message>
    <message>
        <source>--operation must be one of rent, rentAny, update, release, emergencyProvision, emergencyDeprovision, callbackSecretUpdate (got &apos;%1&apos;)</source>
        <translation>--operation måste vara något av rent, rentAny, update, release, emergencyProvision, emergencyDeprovision, callbackSecretUpdate (fick ”%1”)</translation>
    </message>
    <message>
        <source>--outcome must be one of pending, done, not_done, done_by_other, unknown (got &apos;%1&apos;)</source>
        <translation>--outcome måste vara något av pending, done, not_done, done_by_other, unknown (fick ”%1”)</translation>
    </message>
    <message>
        <source>--size must be a number from 1 to %1 (got &apos;%2&apos;)</source>
        <translation>--size måste vara ett tal från 1 till %1 (fick ”%2”)</translation>
    </message>
    <message>
        <source>note: --size %1 is more than the API returns in one search; asking for %2.</source>
        <translation>obs: --size %1 är mer än API:et returnerar i en sökning; begär %2.</translation>
    </message>
    <message>
        <source>--page-token cannot be combined with --all (which walks every page itself)</source>
        <translation>--page-token kan inte kombineras med --all (som själv går igenom alla sidor)</translation>
    </message>
    <message>
        <source>--order-by must be PHONE_NUMBER or DISPLAY_NAME (got &apos;%1&apos;)</source>
        <translation>--order-by måste vara PHONE_NUMBER eller DISPLAY_NAME (fick ”%1”)</translation>
    </message>
    <message>
        <source>nothing to update: give --display-name or a configuration option</source>
        <translation>inget att uppdatera: ange --display-name eller ett konfigurationsalternativ</translation>
    </message>
    <message>
        <source>give the new secret with --hmac-secret-stdin or --hmac-secret-file FILE</source>
        <translation>ange den nya hemligheten med --hmac-secret-stdin eller --hmac-secret-file FILE</translation>
    </message>
    <message>
        <source>the HMAC secret must be 32 to 64 characters of A-Z, a-z, 0-9 and - (the one given has length %1)</source>
        <translation>HMAC-hemligheten måste vara 32 till 64 tecken av A-Z, a-z, 0-9 och - (den angivna har längden %1)</translation>
    </message>
    <message>
        <source>only one secret can be read from standard input: give the other with a -file option</source>
        <translation>bara en hemlighet kan läsas från standard in: ange den andra med ett -file-alternativ</translation>
    </message>
    <message>
        <source>--releasing must be yes or no (got &apos;%1&apos;)</source>
        <translation>--releasing måste vara yes eller no (fick ”%1”)</translation>
    </message>
    <message>
        <source>--sort must be number, name, price or next-charge (got &apos;%1&apos;)</source>
        <translation>--sort måste vara number, name, price eller next-charge (fick ”%1”)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not implemented</source>
        <translation>”%1” är inte implementerat</translation>
    </message>
    <message>
        <source>--body-file FILE is required: the request body exactly as received</source>
        <translation>--body-file FILE krävs: begärans innehåll exakt som det togs emot</translation>
    </message>
    <message>
        <source>--signature HEX is required: the X-Sinch-Signature header value</source>
        <translation>--signature HEX krävs: värdet i huvudet X-Sinch-Signature</translation>
    </message>
    <message>
        <source>give the secret with --hmac-secret-stdin or --hmac-secret-file FILE</source>
        <translation>ange hemligheten med --hmac-secret-stdin eller --hmac-secret-file FILE</translation>
    </message>
    <message>
        <source>--previous-hmac-secret-file needs a file name</source>
        <translation>--previous-hmac-secret-file behöver ett filnamn</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535 (got &apos;%1&apos;)</source>
        <translation>--port måste vara ett tal från 1 till 65535 (fick ”%1”)</translation>
    </message>
    <message>
        <source>--count must be a positive number (got &apos;%1&apos;)</source>
        <translation>--count måste vara ett positivt tal (fick ”%1”)</translation>
    </message>
    <message>
        <source>--url URL is required: the endpoint to send the test callback to</source>
        <translation>--url URL krävs: slutpunkten som teståteranropet ska skickas till</translation>
    </message>
    <message>
        <source>--event must be one of %1 (got &apos;%2&apos;)</source>
        <translation>--event måste vara en av %1 (fick ”%2”)</translation>
    </message>
    <message>
        <source>--status must be SUCCEEDED or FAILED (got &apos;%1&apos;)</source>
        <translation>--status måste vara SUCCEEDED eller FAILED (fick ”%1”)</translation>
    </message>
    <message>
        <source>--from-file needs a file name</source>
        <translation>--from-file behöver ett filnamn</translation>
    </message>
    <message>
        <source>--file-region must be a two-letter country code such as US (got &apos;%1&apos;)</source>
        <translation>--file-region måste vara en landskod med två bokstäver, till exempel US (fick ”%1”)</translation>
    </message>
    <message>
        <source>give either --from-file or the selection options, not both</source>
        <translation>ange antingen --from-file eller urvalsalternativen, inte båda</translation>
    </message>
    <message>
        <source>--max-recurring must be an amount such as 25 or 19.50 (got &apos;%1&apos;)</source>
        <translation>--max-recurring måste vara ett belopp som 25 eller 19.50 (fick ”%1”)</translation>
    </message>
    <message>
        <source>&apos;bulk rent&apos; needs --from-file FILE, or --region, --type and --count N</source>
        <translation>”bulk rent” behöver --from-file FILE, eller --region, --type och --count N</translation>
    </message>
    <message>
        <source>--count goes with a search (--region, --type), not with --from-file</source>
        <translation>--count hör till en sökning (--region, --type), inte till --from-file</translation>
    </message>
    <message>
        <source>--currency must be a 3-letter currency code such as USD (got &apos;%1&apos;)</source>
        <translation>--currency måste vara en valutakod med tre bokstäver, till exempel USD (fick ”%1”)</translation>
    </message>
</context>
<context>
    <name>nd::cli::SecretReader</name>
    <message>
        <source>--%1-stdin: nothing could be read from standard input</source>
        <translation>--%1-stdin: inget kunde läsas från standard in</translation>
    </message>
    <message>
        <source>--%1-stdin: the first line of standard input is empty</source>
        <translation>--%1-stdin: första raden i standard in är tom</translation>
    </message>
    <message>
        <source>--%1-file: %2 does not exist</source>
        <translation>--%1-file: %2 finns inte</translation>
    </message>
    <message>
        <source>--%1-file: %2 can be read by other users; make it private first (chmod 600 %2)</source>
        <translation>--%1-file: %2 kan läsas av andra användare; gör den privat först (chmod 600 %2)</translation>
    </message>
    <message>
        <source>--%1-file: %2 cannot be read: %3</source>
        <translation>--%1-file: %2 kan inte läsas: %3</translation>
    </message>
    <message>
        <source>--%1-file: the first line of %2 is empty</source>
        <translation>--%1-file: första raden i %2 är tom</translation>
    </message>
</context>
<context>
    <name>nd::json</name>
    <message>
        <source>The field &quot;%1&quot; in the server&apos;s answer is not a list.</source>
        <translation>Fältet ”%1” i serverns svar är ingen lista.</translation>
    </message>
    <message>
        <source>An entry of &quot;%1&quot; in the server&apos;s answer is not an object.</source>
        <translation>En post i ”%1” i serverns svar är inget objekt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Serverns svar är ingen giltig JSON (%1 vid byte %2).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>Serverns svar är inget JSON-objekt.</translation>
    </message>
    <message>
        <source>An entry of &quot;activeNumbers&quot; in the server&apos;s answer is not an object.</source>
        <translation>En post i ”activeNumbers” i serverns svar är inget objekt.</translation>
    </message>
    <message>
        <source>The field &quot;activeNumbers&quot; in the server&apos;s answer is not a list.</source>
        <translation>Fältet ”activeNumbers” i serverns svar är ingen lista.</translation>
    </message>
    <message>
        <source>The field &quot;nextPageToken&quot; in the server&apos;s answer is not a string.</source>
        <translation>Fältet ”nextPageToken” i serverns svar är ingen sträng.</translation>
    </message>
    <message>
        <source>The authentication server answered without an access token.</source>
        <translation>Autentiseringsservern svarade utan åtkomsttoken.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en sträng</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>The server&apos;s answer (%1) has no &quot;%2&quot;.</source>
        <translation>Serverns svar (%1) saknar ”%2”.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; in the server&apos;s answer (%2) is not %3.</source>
        <translation>Fältet ”%1” i serverns svar (%2) är inte %3.</translation>
    </message>
</context>
<context>
    <name>nd::wire</name>
    <message>
        <source>The project id may only contain letters, digits, &apos;-&apos; and &apos;_&apos; (at most 128 characters).</source>
        <translation>Projekt-ID:t får bara innehålla bokstäver, siffror, ”-” och ”_” (högst 128 tecken).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in E.164 format (a &apos;+&apos; followed by up to 15 digits).</source>
        <translation>”%1” är inget telefonnummer i E.164-format (ett ”+” följt av upp till 15 siffror).</translation>
    </message>
    <message>
        <source>Unknown voice configuration type &quot;%1&quot;: use RTC, EST or FAX.</source>
        <translation>Okänd typ av röstkonfiguration ”%1”: använd RTC, EST eller FAX.</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>visningsnamn</translation>
    </message>
    <message>
        <source>street number</source>
        <translation>gatunummer</translation>
    </message>
    <message>
        <source>street</source>
        <translation>gata</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ort</translation>
    </message>
    <message>
        <source>state</source>
        <translation>delstat</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <source>The emergency address needs a %1.</source>
        <translation>Nödadressen behöver: %1.</translation>
    </message>
    <message>
        <source>Searching available numbers needs a region and a number type.</source>
        <translation>Sökning efter tillgängliga nummer kräver en region och en nummertyp.</translation>
    </message>
    <message>
        <source>Renting any number needs a region and a number type.</source>
        <translation>Att hyra valfritt nummer kräver en region och en nummertyp.</translation>
    </message>
    <message>
        <source>The HMAC secret must be 32 to 64 characters of letters, digits and &apos;-&apos;.</source>
        <translation>HMAC-hemligheten måste bestå av 32 till 64 tecken av bokstäver, siffror och ”-”.</translation>
    </message>
</context>
</TS>
