<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Interrupted actions</source>
        <translation>Actions interrompues</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <source>Number, operation, outcome, profile…</source>
        <translation>Numéro, opération, résultat, profil…</translation>
    </message>
    <message>
        <source>Filter activity records</source>
        <translation>Filtrer les entrées d&apos;activité</translation>
    </message>
    <message>
        <source>Filter activity</source>
        <translation>Filtrer l&apos;activité</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload the activity records</source>
        <translation>Recharger les entrées d&apos;activité</translation>
    </message>
    <message>
        <source>Activity records</source>
        <translation>Entrées d&apos;activité</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the activity records as CSV</source>
        <translation>Exporter les entrées d&apos;activité au format CSV</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export the activity records as JSON</source>
        <translation>Exporter les entrées d&apos;activité au format JSON</translation>
    </message>
</context>
<context>
    <name>CallbackConfigDialog</name>
    <message>
        <source>Callback Signing Secret</source>
        <translation>Secret de signature des rappels</translation>
    </message>
    <message>
        <source>Callback signing secret</source>
        <translation>Secret de signature des rappels</translation>
    </message>
    <message>
        <source>Sinch signs every number event it sends to your callback URLs with this secret (HMAC-SHA1, header X-Sinch-Signature). Callback URLs themselves are set per number.</source>
        <translation>Sinch signe avec ce secret chaque événement de numéro envoyé à vos URL de rappel (HMAC-SHA1, en-tête X-Sinch-Signature). Les URL de rappel elles-mêmes se définissent numéro par numéro.</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret :</translation>
    </message>
    <message>
        <source>HMAC signing secret</source>
        <translation>Secret de signature HMAC</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Generate a new random secret</source>
        <translation>Générer un nouveau secret aléatoire</translation>
    </message>
    <message>
        <source>Secret problem</source>
        <translation>Problème de secret</translation>
    </message>
    <message>
        <source>Changing the secret takes effect at once: every receiver that still checks signatures with the old secret will reject events until it is updated.</source>
        <translation>Le changement de secret prend effet immédiatement : tout récepteur qui vérifie encore les signatures avec l&apos;ancien secret rejettera les événements jusqu&apos;à sa mise à jour.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop the request in progress</source>
        <translation>Arrêter la requête en cours</translation>
    </message>
    <message>
        <source>About the callback signing secret</source>
        <translation>À propos du secret de signature des rappels</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
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
        <translation>Régions</translation>
    </message>
    <message>
        <source>&amp;Regions offering</source>
        <translation>&amp;Régions proposant</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Show regions that offer mobile numbers</source>
        <translation>Afficher les régions qui proposent des numéros mobiles</translation>
    </message>
    <message>
        <source>Show regions with mobile numbers</source>
        <translation>Afficher les régions avec des numéros mobiles</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Show regions that offer local (geographic) numbers</source>
        <translation>Afficher les régions qui proposent des numéros locaux (géographiques)</translation>
    </message>
    <message>
        <source>Show regions with local numbers</source>
        <translation>Afficher les régions avec des numéros locaux</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Show regions that offer toll-free numbers</source>
        <translation>Afficher les régions qui proposent des numéros gratuits</translation>
    </message>
    <message>
        <source>Show regions with toll-free numbers</source>
        <translation>Afficher les régions avec des numéros gratuits</translation>
    </message>
    <message>
        <source>Region list</source>
        <translation>Liste des régions</translation>
    </message>
    <message>
        <source>Choose a region to search its available numbers</source>
        <translation>Choisissez une région pour rechercher ses numéros disponibles</translation>
    </message>
    <message>
        <source>Number views</source>
        <translation>Vues des numéros</translation>
    </message>
    <message>
        <source>A&amp;vailable numbers</source>
        <translation>Numéros &amp;disponibles</translation>
    </message>
    <message>
        <source>Search the inventory</source>
        <translation>Rechercher dans l&apos;inventaire</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <source>Choose a region on the left</source>
        <translation>Choisissez une région à gauche</translation>
    </message>
    <message>
        <source>Region searched</source>
        <translation>Région recherchée</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Number type</source>
        <translation>Type de numéro</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>&amp;Chiffres :</translation>
    </message>
    <message>
        <source>Where the digits are</source>
        <translation>Position des chiffres</translation>
    </message>
    <message>
        <source>Digit pattern</source>
        <translation>Motif de chiffres</translation>
    </message>
    <message>
        <source>e.g. 555 or +1206</source>
        <translation>p. ex. 555 ou +1206</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Au plus :</translation>
    </message>
    <message>
        <source>Maximum number of results</source>
        <translation>Nombre maximal de résultats</translation>
    </message>
    <message>
        <source> numbers</source>
        <translation> numéros</translation>
    </message>
    <message>
        <source>Must support:</source>
        <translation>Doit prendre en charge :</translation>
    </message>
    <message>
        <source>S&amp;MS</source>
        <translation>S&amp;MS</translation>
    </message>
    <message>
        <source>Must support SMS</source>
        <translation>Doit prendre en charge les SMS</translation>
    </message>
    <message>
        <source>Voi&amp;ce</source>
        <translation>&amp;Voix</translation>
    </message>
    <message>
        <source>Must support voice</source>
        <translation>Doit prendre en charge la voix</translation>
    </message>
    <message>
        <source>Rent any…</source>
        <translation>Louer n&apos;importe lequel…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Available numbers</source>
        <translation>Numéros disponibles</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>Activer…</translation>
    </message>
    <message>
        <source>Ac&amp;tive numbers</source>
        <translation>Numéros ac&amp;tifs</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Numéros</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Find Numbers…</source>
        <translation>&amp;Trouver des numéros…</translation>
    </message>
    <message>
        <source>Go to the search form</source>
        <translation>Aller au formulaire de recherche</translation>
    </message>
    <message>
        <source>Search the available numbers of the chosen region</source>
        <translation>Rechercher les numéros disponibles de la région choisie</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload regions, search results and active numbers</source>
        <translation>Recharger les régions, les résultats de recherche et les numéros actifs</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>A&amp;ctiver…</translation>
    </message>
    <message>
        <source>Rent the selected available number (asks for confirmation first)</source>
        <translation>Louer le numéro disponible sélectionné (demande d&apos;abord une confirmation)</translation>
    </message>
    <message>
        <source>Rent &amp;Any Matching Number…</source>
        <translation>Louer un numéro &amp;correspondant…</translation>
    </message>
    <message>
        <source>Rent any number matching the search (US local numbers only; asks for confirmation first)</source>
        <translation>Louer n&apos;importe quel numéro correspondant à la recherche (numéros locaux des États-Unis uniquement ; demande d&apos;abord une confirmation)</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>Show and edit the selected active number</source>
        <translation>Afficher et modifier le numéro actif sélectionné</translation>
    </message>
    <message>
        <source>R&amp;elease…</source>
        <translation>&amp;Libérer…</translation>
    </message>
    <message>
        <source>Release the selected active numbers (asks for confirmation first)</source>
        <translation>Libérer les numéros actifs sélectionnés (demande d&apos;abord une confirmation)</translation>
    </message>
    <message>
        <source>&amp;Copy Numbers</source>
        <translation>&amp;Copier les numéros</translation>
    </message>
    <message>
        <source>Copy the selected numbers in E.164 format, one per line</source>
        <translation>Copier les numéros sélectionnés au format E.164, un par ligne</translation>
    </message>
    <message>
        <source>&amp;Callback Configuration…</source>
        <translation>Configuration des &amp;rappels…</translation>
    </message>
    <message>
        <source>View or change the secret that signs number events</source>
        <translation>Afficher ou modifier le secret qui signe les événements de numéro</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Manage connection profiles and credentials</source>
        <translation>Gérer les profils de connexion et les identifiants</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About NumberDesk</source>
        <translation>À &amp;propos de NumberDesk</translation>
    </message>
    <message>
        <source>Number of regions shown</source>
        <translation>Nombre de régions affichées</translation>
    </message>
    <message>
        <source>Rent any matching number</source>
        <translation>Louer n&apos;importe quel numéro correspondant</translation>
    </message>
    <message>
        <source>Lets Sinch choose and rent a number that matches the search; asks for confirmation first</source>
        <translation>Laisse Sinch choisir et louer un numéro correspondant à la recherche ; demande d&apos;abord une confirmation</translation>
    </message>
    <message>
        <source>Search available numbers</source>
        <translation>Rechercher des numéros disponibles</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Rent the selected number</source>
        <translation>Louer le numéro sélectionné</translation>
    </message>
    <message>
        <source>Opens the rent dialog for the selected available number; nothing is billed before you confirm</source>
        <translation>Ouvre la boîte de dialogue de location du numéro disponible sélectionné ; rien n&apos;est facturé avant votre confirmation</translation>
    </message>
</context>
<context>
    <name>NumberDetailsDialog</name>
    <message>
        <source>Number Details</source>
        <translation>Détails du numéro</translation>
    </message>
    <message>
        <source>Number details</source>
        <translation>Détails du numéro</translation>
    </message>
    <message>
        <source>Number details sections</source>
        <translation>Sections des détails du numéro</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nom d&apos;affichage :</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>A name your team recognises</source>
        <translation>Un nom que votre équipe reconnaît</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Type and capabilities</source>
        <translation>Type et fonctions</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prix :</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Prix récurrent</translation>
    </message>
    <message>
        <source>Next charge:</source>
        <translation>Prochaine facturation :</translation>
    </message>
    <message>
        <source>Next charge date</source>
        <translation>Date de la prochaine facturation</translation>
    </message>
    <message>
        <source>Release:</source>
        <translation>Libération :</translation>
    </message>
    <message>
        <source>Release status</source>
        <translation>État de la libération</translation>
    </message>
    <message>
        <source>Provisioning:</source>
        <translation>Provisionnement :</translation>
    </message>
    <message>
        <source>Provisioning state</source>
        <translation>État du provisionnement</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Reload the number from the server</source>
        <translation>Recharger le numéro depuis le serveur</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>What saving will do</source>
        <translation>Ce que fera l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Emergency Address</source>
        <translation>Adresse d&apos;&amp;urgence</translation>
    </message>
    <message>
        <source>Provisioned emergency address</source>
        <translation>Adresse d&apos;urgence provisionnée</translation>
    </message>
    <message>
        <source>Name &amp;shown to dispatch:</source>
        <translation>Nom affiché aux &amp;secours :</translation>
    </message>
    <message>
        <source>Name shown to emergency dispatch</source>
        <translation>Nom affiché au centre d&apos;appels d&apos;urgence</translation>
    </message>
    <message>
        <source>Street n&amp;umber:</source>
        <translation>N&amp;uméro de rue :</translation>
    </message>
    <message>
        <source>Street number</source>
        <translation>Numéro de rue</translation>
    </message>
    <message>
        <source>Str&amp;eet:</source>
        <translation>&amp;Rue :</translation>
    </message>
    <message>
        <source>Street name</source>
        <translation>Nom de la rue</translation>
    </message>
    <message>
        <source>&amp;Location (optional):</source>
        <translation>&amp;Complément (facultatif) :</translation>
    </message>
    <message>
        <source>Location, such as suite or floor</source>
        <translation>Complément, comme le bureau ou l&apos;étage</translation>
    </message>
    <message>
        <source>Suite, floor, building…</source>
        <translation>Bureau, étage, bâtiment…</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Two letters, e.g. WA</source>
        <translation>Deux lettres, p. ex. WA</translation>
    </message>
    <message>
        <source>&amp;ZIP code:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>ZIP+&amp;4 (optional):</source>
        <translation>ZIP+&amp;4 (facultatif) :</translation>
    </message>
    <message>
        <source>ZIP plus four</source>
        <translation>ZIP plus quatre</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problème d&apos;adresse</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Validate the address</source>
        <translation>Valider l&apos;adresse</translation>
    </message>
    <message>
        <source>&amp;Provision…</source>
        <translation>&amp;Provisionner…</translation>
    </message>
    <message>
        <source>Provision this emergency address</source>
        <translation>Provisionner cette adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>&amp;Deprovision…</source>
        <translation>&amp;Déprovisionner…</translation>
    </message>
    <message>
        <source>Remove the emergency address</source>
        <translation>Supprimer l&apos;adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <source>Reload the emergency address</source>
        <translation>Recharger l&apos;adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Validation result</source>
        <translation>Résultat de la validation</translation>
    </message>
    <message>
        <source>Use &amp;corrected address</source>
        <translation>Utiliser l&apos;adresse &amp;corrigée</translation>
    </message>
    <message>
        <source>Use corrected address</source>
        <translation>Utiliser l&apos;adresse corrigée</translation>
    </message>
    <message>
        <source>Suggested &amp;addresses:</source>
        <translation>&amp;Adresses suggérées :</translation>
    </message>
    <message>
        <source>Suggested addresses</source>
        <translation>Adresses suggérées</translation>
    </message>
    <message>
        <source>Use &amp;selected address</source>
        <translation>Utiliser l&apos;adresse &amp;sélectionnée</translation>
    </message>
    <message>
        <source>Use selected suggested address</source>
        <translation>Utiliser l&apos;adresse suggérée sélectionnée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop the request in progress</source>
        <translation>Arrêter la requête en cours</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message numerus="yes">
        <source>%1 of %n region(s) shown: those offering the checked types</source>
        <translation>
            <numerusform>%1 sur %n région affichée : celles qui proposent les types cochés</numerusform>
            <numerusform>%1 sur %n régions affichées : celles qui proposent les types cochés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Afficher les détails…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Masquer les détails…</translation>
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
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;on à tout</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ignorer les modifications</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l&apos;adresse du &amp;lien</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release Numbers</source>
        <translation>Libérer des numéros</translation>
    </message>
    <message>
        <source>Release numbers</source>
        <translation>Libérer des numéros</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <source>Numbers to release</source>
        <translation>Numéros à libérer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Charges that stop</source>
        <translation>Frais qui cessent</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Number of numbers to release, typed to confirm</source>
        <translation>Nombre de numéros à libérer, saisi pour confirmer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Release progress</source>
        <translation>Progression de la libération</translation>
    </message>
</context>
<context>
    <name>RentDialog</name>
    <message>
        <source>Rent Number</source>
        <translation>Louer un numéro</translation>
    </message>
    <message>
        <source>Rent number</source>
        <translation>Louer un numéro</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <source>Type and capabilities:</source>
        <translation>Type et fonctions :</translation>
    </message>
    <message>
        <source>Type and capabilities</source>
        <translation>Type et fonctions</translation>
    </message>
    <message>
        <source>Setup fee (once):</source>
        <translation>Frais de mise en service (une fois) :</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>Frais de mise en service</translation>
    </message>
    <message>
        <source>Recurring price:</source>
        <translation>Prix récurrent :</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Prix récurrent</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop the request in progress</source>
        <translation>Arrêter la requête en cours</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profils :</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Supprimer le profil sélectionné</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile talks to the emulator inside NumberDesk. It cannot be edited or removed, and it never costs money.</source>
        <translation>Le profil intégré Sandbox communique avec l&apos;émulateur de NumberDesk. Il ne peut être ni modifié ni supprimé, et il ne coûte jamais rien.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>ID de pro&amp;jet :</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID de projet</translation>
    </message>
    <message>
        <source>&amp;Key ID:</source>
        <translation>ID de &amp;clé :</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de la clé d&apos;accès</translation>
    </message>
    <message>
        <source>Key &amp;secret:</source>
        <translation>&amp;Secret de clé :</translation>
    </message>
    <message>
        <source>Access key secret</source>
        <translation>Secret de la clé d&apos;accès</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Show the key secret</source>
        <translation>Afficher le secret de clé</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>A&amp;uthentification :</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Méthode d&apos;authentification</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>N&amp;umbers API URL:</source>
        <translation>URL de l&apos;API N&amp;umbers :</translation>
    </message>
    <message>
        <source>Numbers API URL</source>
        <translation>URL de l&apos;API Numbers</translation>
    </message>
    <message>
        <source>Au&amp;th server URL:</source>
        <translation>URL du serveur d&apos;au&amp;thentification :</translation>
    </message>
    <message>
        <source>Authentication server URL</source>
        <translation>URL du serveur d&apos;authentification</translation>
    </message>
    <message>
        <source>Where the key secret is stored</source>
        <translation>Emplacement de stockage du secret de clé</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>About the Sandbox profile</source>
        <translation>À propos du profil Sandbox</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>The language of NumberDesk and numberdesk-cli; applies after a restart</source>
        <translation>La langue de NumberDesk et de numberdesk-cli ; prend effet après un redémarrage</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Remarque sur la langue</translation>
    </message>
    <message>
        <source>Applies after restart</source>
        <translation>Effet après redémarrage</translation>
    </message>
    <message>
        <source>Parallel s&amp;ync requests:</source>
        <translation>Requêtes de s&amp;ynchro parallèles :</translation>
    </message>
    <message>
        <source>Requests in flight when syncing</source>
        <translation>Requêtes simultanées lors de la synchronisation</translation>
    </message>
</context>
<context>
    <name>SmsVoiceConfigWidget</name>
    <message>
        <source>Number configuration</source>
        <translation>Configuration du numéro</translation>
    </message>
    <message>
        <source>&amp;SMS: link to a service plan</source>
        <translation>&amp;SMS : lier à un plan de service</translation>
    </message>
    <message>
        <source>Link to an SMS service plan</source>
        <translation>Lier à un plan de service SMS</translation>
    </message>
    <message>
        <source>Service &amp;plan ID:</source>
        <translation>ID du &amp;plan de service :</translation>
    </message>
    <message>
        <source>SMS service plan ID</source>
        <translation>ID du plan de service SMS</translation>
    </message>
    <message>
        <source>From the dashboard&apos;s SMS section</source>
        <translation>Dans la section SMS du tableau de bord</translation>
    </message>
    <message>
        <source>10DLC &amp;campaign ID:</source>
        <translation>ID de &amp;campagne 10DLC :</translation>
    </message>
    <message>
        <source>10DLC campaign ID</source>
        <translation>ID de campagne 10DLC</translation>
    </message>
    <message>
        <source>Optional; US numbers need one for A2P traffic</source>
        <translation>Facultatif ; obligatoire pour le trafic A2P des numéros américains</translation>
    </message>
    <message>
        <source>SMS configuration problem</source>
        <translation>Problème de configuration SMS</translation>
    </message>
    <message>
        <source>&amp;Voice: route calls to</source>
        <translation>&amp;Voix : acheminer les appels vers</translation>
    </message>
    <message>
        <source>Link to voice</source>
        <translation>Lier à la voix</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Voice target type</source>
        <translation>Type de destination vocale</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>&amp;ID de l&apos;application :</translation>
    </message>
    <message>
        <source>Voice target ID</source>
        <translation>ID de la destination vocale</translation>
    </message>
    <message>
        <source>Voice configuration problem</source>
        <translation>Problème de configuration vocale</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>&amp;URL de rappel :</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <source>Optional: https://… receives provisioning events for this number</source>
        <translation>Facultatif : https://… reçoit les événements de provisionnement de ce numéro</translation>
    </message>
    <message>
        <source>Callback URL problem</source>
        <translation>Problème d&apos;URL de rappel</translation>
    </message>
</context>
<context>
    <name>nd::ActionCall</name>
    <message>
        <source>The API client is no longer available.</source>
        <translation>Le client de l&apos;API n&apos;est plus disponible.</translation>
    </message>
    <message>
        <source>Nothing was sent: the connection is gone.</source>
        <translation>Rien n&apos;a été envoyé : la connexion n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Nothing was sent: there is nothing to change.</source>
        <translation>Rien n&apos;a été envoyé : il n&apos;y a rien à modifier.</translation>
    </message>
    <message>
        <source>The activity log cannot be written. Nothing was sent.</source>
        <translation>Impossible d&apos;écrire dans le journal d&apos;activité. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Cancelled before the rental was sent: nothing was rented.</source>
        <translation>Annulé avant l&apos;envoi de la location : rien n&apos;a été loué.</translation>
    </message>
    <message>
        <source>Nothing was rented: your current numbers could not be listed first (%1). Renting without that list would make a lost answer impossible to check. You can try again.</source>
        <translation>Rien n&apos;a été loué : vos numéros actuels n&apos;ont pas pu être listés au préalable (%1). Sans cette liste, une réponse perdue serait impossible à vérifier. Vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Cancelled before the request was sent: nothing was changed.</source>
        <translation>Annulé avant l&apos;envoi de la requête : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Rented %1.</source>
        <translation>%1 loué.</translation>
    </message>
    <message>
        <source>%1 was already being released (until %2): nothing changed.</source>
        <translation>%1 était déjà en cours de libération (jusqu&apos;au %2) : rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Released %1: it stays yours until %2, then it goes back to the inventory.</source>
        <translation>%1 libéré : il vous appartient jusqu&apos;au %2, puis retourne dans l&apos;inventaire.</translation>
    </message>
    <message>
        <source>Released %1.</source>
        <translation>%1 libéré.</translation>
    </message>
    <message>
        <source>Emergency address of %1 provisioned.</source>
        <translation>Adresse d&apos;urgence de %1 provisionnée.</translation>
    </message>
    <message>
        <source>Emergency address of %1 removed.</source>
        <translation>Adresse d&apos;urgence de %1 supprimée.</translation>
    </message>
    <message>
        <source>Callback HMAC secret updated.</source>
        <translation>Secret HMAC des rappels mis à jour.</translation>
    </message>
    <message>
        <source>Updated %1. Configuration changes take effect once provisioning completes.</source>
        <translation>%1 mis à jour. Les modifications de configuration prennent effet une fois le provisionnement terminé.</translation>
    </message>
    <message>
        <source>%1 (The answer was unclear (%2); reading the number back showed the change.)</source>
        <translation>%1 (La réponse n&apos;était pas claire (%2) ; la relecture du numéro a montré la modification.)</translation>
    </message>
    <message numerus="yes">
        <source>Not done: the server refused %n request(s) because of its rate limit (HTTP 429). Nothing was changed; you can try again later.</source>
        <translation>
            <numerusform>Non effectué : le serveur a refusé %n requête en raison de sa limite de débit (HTTP 429). Rien n&apos;a été modifié ; vous pouvez réessayer plus tard.</numerusform>
            <numerusform>Non effectué : le serveur a refusé %n requêtes en raison de sa limite de débit (HTTP 429). Rien n&apos;a été modifié ; vous pouvez réessayer plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer one of your active numbers (released or removed by someone else): there is nothing to release.</source>
        <translation>%1 ne fait plus partie de vos numéros actifs (libéré ou supprimé par quelqu&apos;un d&apos;autre) : il n&apos;y a rien à libérer.</translation>
    </message>
    <message>
        <source>%1 has no emergency address: there was nothing to remove.</source>
        <translation>%1 n&apos;a pas d&apos;adresse d&apos;urgence : il n&apos;y avait rien à supprimer.</translation>
    </message>
    <message>
        <source>Not done: %1 Nothing was changed.</source>
        <translation>Non effectué : %1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Not done: %1 %2</source>
        <translation>Non effectué : %1 %2</translation>
    </message>
    <message>
        <source>Step %1 of %2 (%3) was saved, the rest was not (%4). Saving again sends only what is missing.</source>
        <translation>L&apos;étape %1 sur %2 (%3) a été enregistrée, pas le reste (%4). Un nouvel enregistrement n&apos;envoie que ce qui manque.</translation>
    </message>
    <message>
        <source>the earlier outcome was unknown</source>
        <translation>le résultat précédent était inconnu</translation>
    </message>
    <message>
        <source>it was cancelled after the request was sent</source>
        <translation>elle a été annulée après l&apos;envoi de la requête</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>le serveur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>the connection was closed before the answer arrived</source>
        <translation>la connexion a été fermée avant l&apos;arrivée de la réponse</translation>
    </message>
    <message>
        <source>the server answered with an error (HTTP %1)</source>
        <translation>le serveur a répondu par une erreur (HTTP %1)</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and checking the number failed too (%2). Check the Active numbers list for %3 before trying again.</source>
        <translation>Résultat inconnu : %1, et la vérification du numéro a elle aussi échoué (%2). Cherchez %3 dans la liste des numéros actifs avant de réessayer.</translation>
    </message>
    <message>
        <source>%1 is already one of your active numbers, but not because of this request: the rent was refused as &quot;not available&quot; because someone else (another user or program of this project) rented it first. Nothing was charged for this request. Do not rent it again.</source>
        <translation>%1 fait déjà partie de vos numéros actifs, mais pas grâce à cette requête : la location a été refusée comme « non disponible » car quelqu&apos;un d&apos;autre (un autre utilisateur ou programme de ce projet) l&apos;a loué en premier. Rien n&apos;a été facturé pour cette requête. Ne le louez pas à nouveau.</translation>
    </message>
    <message>
        <source>Rented %1: %2, but the number is now one of your active numbers. Do not rent it again.</source>
        <translation>%1 loué : %2, mais le numéro fait désormais partie de vos numéros actifs. Ne le louez pas à nouveau.</translation>
    </message>
    <message>
        <source>%1 was NOT rented: %2</source>
        <translation>%1 n&apos;a PAS été loué : %2</translation>
    </message>
    <message>
        <source>%1 was NOT rented: it is no longer available (someone else may have taken it).</source>
        <translation>%1 n&apos;a PAS été loué : il n&apos;est plus disponible (quelqu&apos;un d&apos;autre l&apos;a peut-être pris).</translation>
    </message>
    <message>
        <source>%1 was NOT rented: %2, and the number is still available, so the rental did not take effect. You can try again.</source>
        <translation>%1 n&apos;a PAS été loué : %2, et le numéro est toujours disponible, la location n&apos;a donc pas pris effet. Vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>%1 was NOT rented: it is not one of your numbers and is no longer available (someone else took it).</source>
        <translation>%1 n&apos;a PAS été loué : il ne fait pas partie de vos numéros et n&apos;est plus disponible (quelqu&apos;un d&apos;autre l&apos;a pris).</translation>
    </message>
    <message>
        <source>The outcome of a rent-any cannot be checked again later: look for a %1 number you did not expect in the Active numbers list.</source>
        <translation>Le résultat d&apos;une location quelconque ne peut pas être revérifié plus tard : cherchez un numéro %1 inattendu dans la liste des numéros actifs.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and listing your numbers to check failed too (%2). Check the Active numbers list (%3) for a number you did not expect before trying again.</source>
        <translation>Résultat inconnu : %1, et la liste de vos numéros pour vérification a elle aussi échoué (%2). Cherchez un numéro inattendu dans la liste des numéros actifs (%3) avant de réessayer.</translation>
    </message>
    <message>
        <source>Nothing was rented: %1, and no new %2 number appeared in your active numbers. You can try again.</source>
        <translation>Rien n&apos;a été loué : %1, et aucun nouveau numéro %2 n&apos;est apparu dans vos numéros actifs. Vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>Rented %1: %2, but this new number appeared in your active numbers. Do not rent again.</source>
        <translation>%1 loué : %2, mais ce nouveau numéro est apparu dans vos numéros actifs. Ne louez pas à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>WARNING: %n new numbers appeared in your active numbers (%1): more than one number may have been rented (a double rental), or someone else rented at the same time. Review them and release the ones you do not want.</source>
        <translation>
            <numerusform>AVERTISSEMENT : %n nouveau numéro est apparu dans vos numéros actifs (%1) : plusieurs numéros ont peut-être été loués (double location), ou quelqu&apos;un d&apos;autre a loué au même moment. Vérifiez-les et libérez ceux dont vous ne voulez pas.</numerusform>
            <numerusform>AVERTISSEMENT : %n nouveaux numéros sont apparus dans vos numéros actifs (%1) : plusieurs numéros ont peut-être été loués (double location), ou quelqu&apos;un d&apos;autre a loué au même moment. Vérifiez-les et libérez ceux dont vous ne voulez pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Released %1: %2, but the number now has an expiry date (%3): the release was registered. Do not release it again.</source>
        <translation>%1 libéré : %2, mais le numéro a maintenant une date d&apos;expiration (%3) : la libération a été enregistrée. Ne le libérez pas à nouveau.</translation>
    </message>
    <message>
        <source>%1 was NOT released: %2, and the number is still active with no expiry date. You can try again.</source>
        <translation>%1 n&apos;a PAS été libéré : %2, et le numéro est toujours actif, sans date d&apos;expiration. Vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>%1 is no longer one of your active numbers: it is already gone.</source>
        <translation>%1 ne fait plus partie de vos numéros actifs : il a déjà disparu.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and checking the number failed too (%2). Check whether %3 shows an expiry date before trying again.</source>
        <translation>Résultat inconnu : %1, et la vérification du numéro a elle aussi échoué (%2). Vérifiez si %3 affiche une date d&apos;expiration avant de réessayer.</translation>
    </message>
    <message>
        <source>%1 was NOT updated: it is no longer one of your active numbers.</source>
        <translation>%1 n&apos;a PAS été mis à jour : il ne fait plus partie de vos numéros actifs.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and reading the number back failed too (%2). Check the settings of %3 before trying again.</source>
        <translation>Résultat inconnu : %1, et la relecture du numéro a elle aussi échoué (%2). Vérifiez les paramètres de %3 avant de réessayer.</translation>
    </message>
    <message>
        <source>%1 was NOT updated: %2, and the number does not show the requested %3. You can try again.</source>
        <translation>%1 n&apos;a PAS été mis à jour : %2, et le numéro n&apos;affiche pas l&apos;élément demandé (%3). Vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>%1 shows only part of the update: save again to send what is missing.</source>
        <translation>%1 n&apos;affiche qu&apos;une partie de la mise à jour : enregistrez à nouveau pour envoyer ce qui manque.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and reading the callback configuration back failed too (%2). Check it with &apos;callbacks get&apos; before trying again.</source>
        <translation>Résultat inconnu : %1, et la relecture de la configuration des rappels a elle aussi échoué (%2). Vérifiez-la avec « callbacks get » avant de réessayer.</translation>
    </message>
    <message>
        <source>Callback HMAC secret updated: %1, but the project now has the new secret.</source>
        <translation>Secret HMAC des rappels mis à jour : %1, mais le projet a désormais le nouveau secret.</translation>
    </message>
    <message>
        <source>The callback HMAC secret was NOT changed: %1, and the project still has a different secret. You can try again.</source>
        <translation>Le secret HMAC des rappels n&apos;a PAS été changé : %1, et le projet a toujours un autre secret. Vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and reading the emergency address back failed too (%2). Check the emergency address of %3 before trying again.</source>
        <translation>Résultat inconnu : %1, et la relecture de l&apos;adresse d&apos;urgence a elle aussi échoué (%2). Vérifiez l&apos;adresse d&apos;urgence de %3 avant de réessayer.</translation>
    </message>
    <message>
        <source>The emergency address of %1 was NOT changed: %2, and %1 is not one of your active numbers.</source>
        <translation>L&apos;adresse d&apos;urgence de %1 n&apos;a PAS été modifiée : %2, et %1 ne fait pas partie de vos numéros actifs.</translation>
    </message>
    <message>
        <source>Emergency address of %1 provisioned: %2, but the number now has the requested address.</source>
        <translation>Adresse d&apos;urgence de %1 provisionnée : %2, mais le numéro a désormais l&apos;adresse demandée.</translation>
    </message>
    <message>
        <source>The emergency address of %1 was NOT changed: %2, and the number does not have the requested address. You can try again.</source>
        <translation>L&apos;adresse d&apos;urgence de %1 n&apos;a PAS été modifiée : %2, et le numéro n&apos;a pas l&apos;adresse demandée. Vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>Emergency address of %1 removed: %2, but the number now has no emergency address.</source>
        <translation>Adresse d&apos;urgence de %1 supprimée : %2, mais le numéro n&apos;a désormais plus d&apos;adresse d&apos;urgence.</translation>
    </message>
    <message>
        <source>The emergency address of %1 was NOT removed: %2, and the number still has one. You can try again.</source>
        <translation>L&apos;adresse d&apos;urgence de %1 n&apos;a PAS été supprimée : %2, et le numéro en a toujours une. Vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>The program stopped waiting for the answer: check the number before trying again.</source>
        <translation>Le programme a cessé d&apos;attendre la réponse : vérifiez le numéro avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>nd::ActionKinds</name>
    <message>
        <source>Rent</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Rent any</source>
        <translation>Location quelconque</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libération</translation>
    </message>
    <message>
        <source>Provision emergency address</source>
        <translation>Provisionner l&apos;adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Deprovision emergency address</source>
        <translation>Déprovisionner l&apos;adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Change callback secret</source>
        <translation>Changer le secret de rappel</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Effectuée</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectuée</translation>
    </message>
    <message>
        <source>Done by someone else</source>
        <translation>Effectuée par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
</context>
<context>
    <name>nd::ActiveNumberModel</name>
    <message>
        <source>Releasing on %1</source>
        <translation>Libération le %1</translation>
    </message>
    <message>
        <source>The release is registered: the number stays yours until %1, then returns to the inventory.</source>
        <translation>La libération est enregistrée : le numéro vous appartient jusqu&apos;au %1, puis retourne dans l&apos;inventaire.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Prix récurrent</translation>
    </message>
    <message>
        <source>Next charge</source>
        <translation>Prochaine facturation</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Provisionnement</translation>
    </message>
</context>
<context>
    <name>nd::ActiveNumberWalker</name>
    <message>
        <source>The API client is no longer available.</source>
        <translation>Le client de l&apos;API n&apos;est plus disponible.</translation>
    </message>
    <message>
        <source>The server returned the same page token twice; stopped listing.</source>
        <translation>Le serveur a renvoyé deux fois le même jeton de page ; la liste a été interrompue.</translation>
    </message>
</context>
<context>
    <name>nd::ActivePanel</name>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Starting with</source>
        <translation>Commence par</translation>
    </message>
    <message>
        <source>Containing</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>Ending with</source>
        <translation>Se termine par</translation>
    </message>
    <message>
        <source>digits, e.g. 555</source>
        <translation>chiffres, p. ex. 555</translation>
    </message>
    <message>
        <source>part of the display name</source>
        <translation>partie du nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Being released</source>
        <translation>En cours de libération</translation>
    </message>
    <message>
        <source>Not being released</source>
        <translation>Pas en cours de libération</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Show the numbers that match these filters</source>
        <translation>Afficher les numéros qui correspondent à ces filtres</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Ca&amp;pability:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>Releasin&amp;g:</source>
        <translation>Li&amp;bération :</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;uméro :</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>Find a name or a number</source>
        <translation>Chercher un nom ou un numéro</translation>
    </message>
    <message>
        <source>Find in the active numbers</source>
        <translation>Chercher dans les numéros actifs</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Modifi&amp;cations</translation>
    </message>
    <message>
        <source>What the last sync added, removed and changed, field by field</source>
        <translation>Ce que la dernière synchronisation a ajouté, supprimé et modifié, champ par champ</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Active numbers</source>
        <translation>Numéros actifs</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>Show details of the selected number</source>
        <translation>Afficher les détails du numéro sélectionné</translation>
    </message>
    <message>
        <source>R&amp;elease…</source>
        <translation>&amp;Libérer…</translation>
    </message>
    <message>
        <source>Release the selected numbers</source>
        <translation>Libérer les numéros sélectionnés</translation>
    </message>
    <message>
        <source>Inventory sync</source>
        <translation>Synchronisation de l&apos;inventaire</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 numbers…</source>
        <translation>Synchronisation : %1 numéros sur %2…</translation>
    </message>
    <message>
        <source>Syncing the inventory…</source>
        <translation>Synchronisation de l&apos;inventaire…</translation>
    </message>
    <message>
        <source>Offline; no inventory synced yet</source>
        <translation>Hors ligne ; aucun inventaire synchronisé pour le moment</translation>
    </message>
    <message>
        <source>Inventory not synced yet</source>
        <translation>Inventaire pas encore synchronisé</translation>
    </message>
    <message>
        <source>Offline, as of %1</source>
        <translation>Hors ligne, état au %1</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synchronisé à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Synchronisé il y a %n min</numerusform>
            <numerusform>Synchronisé il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé le %1</translation>
    </message>
    <message>
        <source>Inventory mirror: %1</source>
        <translation>Copie locale de l&apos;inventaire : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The digit pattern may contain only digits, optionally after a leading +.</source>
        <translation>Le motif ne peut contenir que des chiffres, éventuellement précédés d&apos;un +.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n number(s): %1</source>
        <translation>
            <numerusform>%n numéro affiché : %1</numerusform>
            <numerusform>%n numéros affichés : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) not understood</source>
        <translation>
            <numerusform>%n prix non compris</numerusform>
            <numerusform>%n prix non compris</numerusform>
        </translation>
    </message>
    <message>
        <source>no recurring charge</source>
        <translation>aucun coût récurrent</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n numéro</numerusform>
            <numerusform>%n numéros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 sur %2 correspondent</translation>
    </message>
    <message>
        <source>Active numbers: reading the mirror… %1</source>
        <translation>Numéros actifs : lecture de la copie locale… %1</translation>
    </message>
    <message numerus="yes">
        <source>Active numbers: %n</source>
        <translation>
            <numerusform>Numéros actifs : %n</numerusform>
            <numerusform>Numéros actifs : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown: %n number(s), %1</source>
        <translation>
            <numerusform>Affiché : %n numéro, %1</numerusform>
            <numerusform>Affichés : %n numéros, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n number(s), %1</source>
        <translation>
            <numerusform>Sélectionné : %n numéro, %1</numerusform>
            <numerusform>Sélectionnés : %n numéros, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the inventory from the server…</source>
        <translation>Lecture de l&apos;inventaire depuis le serveur…</translation>
    </message>
    <message>
        <source>No active numbers yet: the inventory has not been synced, or the project rents none.</source>
        <translation>Aucun numéro actif pour le moment : l&apos;inventaire n&apos;a pas été synchronisé, ou le projet n&apos;en loue aucun.</translation>
    </message>
    <message>
        <source>“%1” in names and numbers</source>
        <translation>« %1 » dans les noms et les numéros</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>région %1</translation>
    </message>
    <message>
        <source>numbers with %1</source>
        <translation>numéros avec %1</translation>
    </message>
    <message>
        <source>names with “%1”</source>
        <translation>noms contenant « %1 »</translation>
    </message>
    <message>
        <source>being released</source>
        <translation>en cours de libération</translation>
    </message>
    <message>
        <source>not being released</source>
        <translation>pas en cours de libération</translation>
    </message>
    <message numerus="yes">
        <source>No active number matches: %1 (among %n number(s) in the inventory). Clear the find field, choose “All” in the filters or press “Show all” to see more.</source>
        <translation>
            <numerusform>Aucun numéro actif ne correspond : %1 (parmi %n numéro de l&apos;inventaire). Videz le champ de recherche, choisissez « Toutes » dans les filtres ou appuyez sur « Tout afficher » pour en voir davantage.</numerusform>
            <numerusform>Aucun numéro actif ne correspond : %1 (parmi %n numéros de l&apos;inventaire). Videz le champ de recherche, choisissez « Toutes » dans les filtres ou appuyez sur « Tout afficher » pour en voir davantage.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV, as numberdesk-cli writes it (*.csv)</source>
        <translation>CSV, tel que numberdesk-cli l&apos;écrit (*.csv)</translation>
    </message>
    <message>
        <source>JSON, every field (*.json)</source>
        <translation>JSON, tous les champs (*.json)</translation>
    </message>
    <message>
        <source>Export Active Numbers</source>
        <translation>Exporter les numéros actifs</translation>
    </message>
    <message>
        <source>active-numbers.csv</source>
        <translation>numeros-actifs.csv</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n number(s) to %1</source>
        <translation>
            <numerusform>%n numéro exporté vers %1</numerusform>
            <numerusform>%n numéros exportés vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::ActivityDialog</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>The activity log cannot be read: %1</source>
        <translation>Impossible de lire le journal d&apos;activité : %1</translation>
    </message>
    <message>
        <source>no activity log is open.</source>
        <translation>aucun journal d&apos;activité n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Interrupted: check the outcome</source>
        <translation>Interrompue : vérifiez le résultat</translation>
    </message>
    <message>
        <source>NumberDesk stopped while this action was being sent, so its outcome was never recorded. Look at the number in the main window before repeating it.</source>
        <translation>NumberDesk s&apos;est arrêté pendant l&apos;envoi de cette action, son résultat n&apos;a donc jamais été enregistré. Examinez le numéro dans la fenêtre principale avant de la répéter.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) were interrupted: NumberDesk stopped before their outcome was known. They are highlighted below. Check each number&apos;s state (for example, whether it is in your active numbers) before you try the action again.</source>
        <translation>
            <numerusform>%n action a été interrompue : NumberDesk s&apos;est arrêté avant que son résultat soit connu. Elle est mise en évidence ci-dessous. Vérifiez l&apos;état du numéro (par exemple, s&apos;il figure parmi vos numéros actifs) avant de réessayer l&apos;action.</numerusform>
            <numerusform>%n actions ont été interrompues : NumberDesk s&apos;est arrêté avant que leur résultat soit connu. Elles sont mises en évidence ci-dessous. Vérifiez l&apos;état de chaque numéro (par exemple, s&apos;il figure parmi vos numéros actifs) avant de réessayer l&apos;action.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Activity as CSV</source>
        <translation>Exporter l&apos;activité en CSV</translation>
    </message>
    <message>
        <source>Export Activity as JSON</source>
        <translation>Exporter l&apos;activité en JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>The activity could not be exported to %1: %2</source>
        <translation>L&apos;activité n&apos;a pas pu être exportée vers %1 : %2</translation>
    </message>
    <message>
        <source>Cost effect</source>
        <translation>Effet sur les coûts</translation>
    </message>
</context>
<context>
    <name>nd::ActivityRecorder</name>
    <message>
        <source>no activity log is open.</source>
        <translation>aucun journal d&apos;activité n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>The activity log cannot be written: %1 Nothing was sent.</source>
        <translation>Impossible d&apos;écrire dans le journal d&apos;activité : %1 Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The outcome could not be written to the activity log: %1</source>
        <translation>Le résultat n&apos;a pas pu être écrit dans le journal d&apos;activité : %1</translation>
    </message>
</context>
<context>
    <name>nd::ApiError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). The request may still have been carried out: check the current state before retrying.</source>
        <translation>
            <numerusform>Le serveur n&apos;a pas répondu en %n seconde. La requête a peut-être quand même été exécutée : vérifiez l&apos;état actuel avant de réessayer.</numerusform>
            <numerusform>Le serveur n&apos;a pas répondu en %n secondes. La requête a peut-être quand même été exécutée : vérifiez l&apos;état actuel avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established (TLS error). Check the URL, the system clock and any proxy in between.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec le serveur (erreur TLS). Vérifiez l&apos;URL, l&apos;horloge du système et tout proxy intermédiaire.</translation>
    </message>
    <message>
        <source>The request was rejected as invalid (HTTP 400).</source>
        <translation>La requête a été rejetée comme non valide (HTTP 400).</translation>
    </message>
    <message>
        <source>The request was rejected: %1</source>
        <translation>La requête a été rejetée : %1</translation>
    </message>
    <message>
        <source>The credentials were rejected (HTTP 401). Check the key id and key secret.</source>
        <translation>Les identifiants ont été refusés (HTTP 401). Vérifiez l&apos;ID de clé et le secret de clé.</translation>
    </message>
    <message>
        <source>Permission denied (HTTP 403): this access key or project may not perform this operation.</source>
        <translation>Accès refusé (HTTP 403) : cette clé d&apos;accès ou ce projet n&apos;est pas autorisé à effectuer cette opération.</translation>
    </message>
    <message>
        <source>Permission denied (HTTP 403): %1</source>
        <translation>Accès refusé (HTTP 403) : %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server is rate limiting (HTTP 429). Retry after %n second(s).</source>
        <translation>
            <numerusform>Trop de requêtes : le serveur limite le débit (HTTP 429). Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de requêtes : le serveur limite le débit (HTTP 429). Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: the server is rate limiting (HTTP 429). Try again later.</source>
        <translation>Trop de requêtes : le serveur limite le débit (HTTP 429). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <source>Server error (HTTP %1): %2. The operation may or may not have been carried out; check the current state before retrying.</source>
        <translation>Erreur du serveur (HTTP %1) : %2. L&apos;opération a pu être effectuée ou non ; vérifiez l&apos;état actuel avant de réessayer.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>Le serveur a répondu avec HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1: %2</source>
        <translation>Le serveur a répondu avec HTTP %1 : %2</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established: its certificate was not accepted. Check the URL, the system clock, any proxy in between, and whether a company CA certificate must be added (CA bundle setting).</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec le serveur : son certificat n&apos;a pas été accepté. Vérifiez l&apos;URL, l&apos;horloge du système, tout proxy intermédiaire, et s&apos;il faut ajouter un certificat d&apos;AC d&apos;entreprise (paramètre « paquet d&apos;AC »).</translation>
    </message>
    <message>
        <source>The number is not an active number of this project.</source>
        <translation>Ce numéro n&apos;est pas un numéro actif de ce projet.</translation>
    </message>
    <message>
        <source>The number %1 is not an active number of this project.</source>
        <translation>Le numéro %1 n&apos;est pas un numéro actif de ce projet.</translation>
    </message>
    <message>
        <source>The number is not available.</source>
        <translation>Le numéro n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The number %1 is not available.</source>
        <translation>Le numéro %1 n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>No callback configuration was found for this project.</source>
        <translation>Aucune configuration de rappel n&apos;a été trouvée pour ce projet.</translation>
    </message>
    <message>
        <source>No callback configuration was found for project %1.</source>
        <translation>Aucune configuration de rappel n&apos;a été trouvée pour le projet %1.</translation>
    </message>
    <message>
        <source>The %1 was not found.</source>
        <translation>%1 est introuvable.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 est introuvable.</translation>
    </message>
    <message>
        <source>The %1 %2 was not found.</source>
        <translation>%1 %2 est introuvable.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): %1</source>
        <translation>Introuvable (HTTP 404) : %1</translation>
    </message>
    <message>
        <source>Not found (HTTP 404).</source>
        <translation>Introuvable (HTTP 404).</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>certificat : %1</translation>
    </message>
    <message>
        <source>issued by: %1</source>
        <translation>émis par : %1</translation>
    </message>
    <message>
        <source>valid until: %1</source>
        <translation>valide jusqu&apos;au : %1</translation>
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
        <translation>Trouver, louer, configurer et libérer des numéros de téléphone (API Sinch Numbers).</translation>
    </message>
    <message>
        <source>Start with the profile &lt;name&gt;.</source>
        <translation>Démarrer avec le profil &lt;nom&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Start on the built-in Sandbox profile (local emulator, nothing is billed).</source>
        <translation>Démarrer avec le profil intégré Sandbox (émulateur local, rien n&apos;est facturé).</translation>
    </message>
    <message>
        <source>Save screenshots of the main views and dialogs into &lt;dir&gt;, then quit.</source>
        <translation>Enregistrer des captures d&apos;écran des vues principales et des boîtes de dialogue dans &lt;dossier&gt;, puis quitter.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>The saved profiles could not be read: %1</source>
        <translation>Les profils enregistrés n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Start, wait until the main window shows the first regions and active numbers, then quit (exit status 0; 1 on an error or after 20 seconds).</source>
        <translation>Démarrer, attendre que la fenêtre principale affiche les premières régions et les numéros actifs, puis quitter (code de sortie 0 ; 1 en cas d&apos;erreur ou après 20 secondes).</translation>
    </message>
</context>
<context>
    <name>nd::AuditLog</name>
    <message>
        <source>No file name was given for the activity log.</source>
        <translation>Aucun nom de fichier n&apos;a été donné pour le journal d&apos;activité.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the activity log.</source>
        <translation>Impossible de créer le dossier %1 du journal d&apos;activité.</translation>
    </message>
    <message>
        <source>Cannot create the activity log %1: the folder %2 is read-only.</source>
        <translation>Impossible de créer le journal d&apos;activité %1 : le dossier %2 est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an activity log.</source>
        <translation>%1 est un dossier, pas un journal d&apos;activité.</translation>
    </message>
    <message>
        <source>Cannot read the activity log %1: %2</source>
        <translation>Impossible de lire le journal d&apos;activité %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a NumberDesk activity log (it is not an SQLite database). The file was left unchanged: move it away or choose another file to keep a new log.</source>
        <translation>%1 n&apos;est pas un journal d&apos;activité NumberDesk (ce n&apos;est pas une base de données SQLite). Le fichier n&apos;a pas été modifié : déplacez-le ou choisissez un autre fichier pour tenir un nouveau journal.</translation>
    </message>
    <message>
        <source>Cannot write to the activity log %1: the file or its folder is read-only.</source>
        <translation>Impossible d&apos;écrire dans le journal d&apos;activité %1 : le fichier ou son dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot open the activity log: the Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Impossible d&apos;ouvrir le journal d&apos;activité : le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Cannot open the activity log %1: %2</source>
        <translation>Impossible d&apos;ouvrir le journal d&apos;activité %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a usable activity log: %2. The file was left unchanged.</source>
        <translation>%1 n&apos;est pas un journal d&apos;activité utilisable : %2. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a NumberDesk activity log. The file was left unchanged.</source>
        <translation>%1 est une base de données SQLite d&apos;un autre programme, pas un journal d&apos;activité NumberDesk. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The activity log %1 is damaged (%2). The file was left unchanged.</source>
        <translation>Le journal d&apos;activité %1 est endommagé (%2). Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>write-ahead logging is not available</source>
        <translation>la journalisation anticipée (WAL) n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>Cannot write to the activity log %1: %2</source>
        <translation>Impossible d&apos;écrire dans le journal d&apos;activité %1 : %2</translation>
    </message>
    <message>
        <source>The activity log %1 was written by a newer version of NumberDesk (format %2; this version reads up to %3). Update NumberDesk to use it.</source>
        <translation>Le journal d&apos;activité %1 a été écrit par une version plus récente de NumberDesk (format %2 ; cette version lit jusqu&apos;au format %3). Mettez NumberDesk à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The activity log is not open.</source>
        <translation>Le journal d&apos;activité n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Cannot record the action in %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;action dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot record the outcome in %1: %2</source>
        <translation>Impossible d&apos;enregistrer le résultat dans %1 : %2</translation>
    </message>
    <message>
        <source>There is no activity record %1.</source>
        <translation>Il n&apos;existe pas d&apos;entrée d&apos;activité %1.</translation>
    </message>
    <message>
        <source>Activity record %1 is already finished (%2): recorded history cannot be changed.</source>
        <translation>L&apos;entrée d&apos;activité %1 est déjà clôturée (%2) : l&apos;historique enregistré ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Activity record %1 already names its numbers; they cannot be changed.</source>
        <translation>L&apos;entrée d&apos;activité %1 indique déjà ses numéros ; ils ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>The export destination cannot be written to.</source>
        <translation>Impossible d&apos;écrire dans la destination de l&apos;exportation.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Impossible d&apos;écrire l&apos;exportation : %1</translation>
    </message>
    <message>
        <source>In progress or interrupted</source>
        <translation>En cours ou interrompue</translation>
    </message>
    <message>
        <source>Cannot create the activity log %1.</source>
        <translation>Impossible de créer le journal d&apos;activité %1.</translation>
    </message>
    <message>
        <source>An unknown outcome can only be settled as known.</source>
        <translation>Un résultat inconnu ne peut être réglé que par un résultat connu.</translation>
    </message>
    <message>
        <source>Activity record %1 has no unknown outcome to settle.</source>
        <translation>L&apos;entrée d&apos;activité %1 n&apos;a aucun résultat inconnu à régler.</translation>
    </message>
    <message>
        <source>%1 (settled later by a check)</source>
        <translation>%1 (réglé plus tard par une vérification)</translation>
    </message>
</context>
<context>
    <name>nd::AvailableNumberModel</name>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Non requis</translation>
    </message>
    <message>
        <source>Renting this number needs regulatory documents.</source>
        <translation>La location de ce numéro exige des documents réglementaires.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Setup price</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Prix récurrent</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>nd::AvailableRentActions</name>
    <message>
        <source>Rent Selec&amp;ted…</source>
        <translation>L&amp;ouer la sélection…</translation>
    </message>
    <message>
        <source>Rent the selected available numbers as one job, after a preview of the prices</source>
        <translation>Louer les numéros disponibles sélectionnés en une seule tâche, après un aperçu des prix</translation>
    </message>
    <message>
        <source>Rent Several &amp;Matching…</source>
        <translation>Louer &amp;plusieurs numéros correspondants…</translation>
    </message>
    <message>
        <source>Rent a number of numbers matching the current search criteria as one job</source>
        <translation>Louer plusieurs numéros correspondant aux critères de recherche actuels en une seule tâche</translation>
    </message>
    <message>
        <source>Rent the selected numbers</source>
        <translation>Louer les numéros sélectionnés</translation>
    </message>
    <message>
        <source>Opens a rent job for the selected available numbers; nothing is billed before you confirm</source>
        <translation>Ouvre une tâche de location pour les numéros disponibles sélectionnés ; rien n&apos;est facturé avant votre confirmation</translation>
    </message>
    <message numerus="yes">
        <source>Rent %n Selec&amp;ted…</source>
        <translation>
            <numerusform>L&amp;ouer %n numéro sélectionné…</numerusform>
            <numerusform>L&amp;ouer %n numéros sélectionnés…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rent Several Matching Numbers</source>
        <translation>Louer plusieurs numéros correspondants</translation>
    </message>
    <message>
        <source>Rent numbers matching the current search criteria: %1. The next step shows each number with its prices and the totals; nothing is rented before you confirm.</source>
        <translation>Louer des numéros correspondant aux critères de recherche actuels : %1. L&apos;étape suivante affiche chaque numéro avec ses prix et les totaux ; rien n&apos;est loué avant votre confirmation.</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>aucun plafond</translation>
    </message>
    <message>
        <source>The most the numbers rented may cost together per billing period, per currency (for example 25 or 19.50)</source>
        <translation>Le montant maximal que les numéros loués peuvent coûter ensemble par période de facturation, par devise (par exemple 25 ou 19.50)</translation>
    </message>
    <message>
        <source>&amp;How many numbers:</source>
        <translation>&amp;Nombre de numéros :</translation>
    </message>
    <message>
        <source>At most this &amp;recurring total:</source>
        <translation>Total récurrent &amp;maximal :</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>Type an amount such as 25 or 19.50, or leave it empty.</source>
        <translation>Saisissez un montant comme 25 ou 19.50, ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>nd::BulkJobDialog</name>
    <message numerus="yes">
        <source>Reading %n number(s) as they are now…</source>
        <translation>
            <numerusform>Lecture de l&apos;état actuel de %n numéro…</numerusform>
            <numerusform>Lecture de l&apos;état actuel de %n numéros…</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Job %1 finished.</source>
        <translation>La tâche %1 est terminée.</translation>
    </message>
    <message>
        <source>Job %1 was cancelled.</source>
        <translation>La tâche %1 a été annulée.</translation>
    </message>
    <message>
        <source>Job %1 is paused.</source>
        <translation>La tâche %1 est en pause.</translation>
    </message>
    <message>
        <source>Job %1 was interrupted. The steps that were in flight are read back first: nothing is sent twice.</source>
        <translation>La tâche %1 a été interrompue. Les étapes qui étaient en cours sont d&apos;abord relues : rien n&apos;est envoyé deux fois.</translation>
    </message>
    <message>
        <source>Resume Interrupted Job</source>
        <translation>Reprendre une tâche interrompue</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%2 of %n number(s)) was interrupted.</source>
        <translation>
            <numerusform>La tâche %1 (%2, %n numéro) a été interrompue.</numerusform>
            <numerusform>La tâche %1 (%2, %n numéros) a été interrompue.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 still to do. Resuming reads back what was in flight first.</source>
        <translation>%1 effectués, %2 restants. La reprise relit d&apos;abord ce qui était en cours.</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <source>Update Numbers</source>
        <translation>Mettre à jour des numéros</translation>
    </message>
    <message>
        <source>Release Numbers</source>
        <translation>Libérer des numéros</translation>
    </message>
    <message>
        <source>unchanged; {n} = 1, 2, 3…, {number} = the number</source>
        <translation>inchangé ; {n} = 1, 2, 3…, {number} = le numéro</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nom d&apos;affichage :</translation>
    </message>
    <message>
        <source>SMS service &amp;plan:</source>
        <translation>&amp;Plan de service SMS :</translation>
    </message>
    <message>
        <source>10DLC &amp;campaign:</source>
        <translation>&amp;Campagne 10DLC :</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>&amp;URL de rappel :</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pau&amp;se</translation>
    </message>
    <message>
        <source>Cancel &amp;Job</source>
        <translation>Annuler la &amp;tâche</translation>
    </message>
    <message>
        <source>Retry the Ones &amp;Not Done</source>
        <translation>Réessayer les &amp;non effectués</translation>
    </message>
    <message>
        <source>Pausing: the numbers in flight finish first…</source>
        <translation>Mise en pause : les numéros en cours se terminent d&apos;abord…</translation>
    </message>
    <message>
        <source>Cancelling: the numbers in flight finish first…</source>
        <translation>Annulation : les numéros en cours se terminent d&apos;abord…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Update %n number(s). Each is changed as shown; an SMS plan or campaign is unlinked before the new one is linked.</source>
        <translation>
            <numerusform>Mettre à jour %n numéro. Il est modifié comme indiqué ; un plan SMS ou une campagne est délié avant que le nouveau soit lié.</numerusform>
            <numerusform>Mettre à jour %n numéros. Chacun est modifié comme indiqué ; un plan SMS ou une campagne est délié avant que le nouveau soit lié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n number(s) at the end of their paid periods. This cannot be undone.</source>
        <translation>
            <numerusform>Libérer %n numéro à la fin de sa période payée. Cette action est irréversible.</numerusform>
            <numerusform>Libérer %n numéros à la fin de leurs périodes payées. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, could not be read: %1</source>
        <translation>Écartés, illisibles : %1</translation>
    </message>
    <message>
        <source>release</source>
        <translation>libération</translation>
    </message>
    <message numerus="yes">
        <source>release: %1 every %n month(s) stops</source>
        <translation>
            <numerusform>libération : %1 tous les %n mois cesse</numerusform>
            <numerusform>libération : %1 tous les %n mois cesse</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>rien à modifier</translation>
    </message>
    <message>
        <source>Recurring prices that stop: %1</source>
        <translation>Prix récurrents qui cessent : %1</translation>
    </message>
    <message>
        <source>No price changes.</source>
        <translation>Aucun changement de prix.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) already have these settings: nothing is sent for them.</source>
        <translation>
            <numerusform>%n numéro a déjà ces paramètres : rien ne lui est envoyé.</numerusform>
            <numerusform>%n numéros ont déjà ces paramètres : rien ne leur est envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <source>To confirm, type the number of numbers (%1):</source>
        <translation>Pour confirmer, tapez le nombre de numéros (%1) :</translation>
    </message>
    <message>
        <source>Job %1 is running.</source>
        <translation>La tâche %1 est en cours.</translation>
    </message>
    <message>
        <source>%1 done, %2 not done, %3 unknown, %4 to go.</source>
        <translation>%1 effectués, %2 non effectués, %3 inconnus, %4 restants.</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left.</source>
        <translation>
            <numerusform>Environ %n seconde restante.</numerusform>
            <numerusform>Environ %n secondes restantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 stopped: %2</source>
        <translation>La tâche %1 s&apos;est arrêtée : %2</translation>
    </message>
    <message>
        <source>Rent Numbers</source>
        <translation>Louer des numéros</translation>
    </message>
    <message>
        <source>Remove Emergency Addresses</source>
        <translation>Supprimer des adresses d&apos;urgence</translation>
    </message>
    <message>
        <source>&amp;Rent</source>
        <translation>&amp;Louer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message numerus="yes">
        <source>Rent %n number(s) matching %1 (billable). If someone else takes one of these before the job reaches it, the job searches again for another.</source>
        <translation>
            <numerusform>Louer %n numéro correspondant à %1 (facturable). Si quelqu&apos;un d&apos;autre le prend avant que la tâche ne l&apos;atteigne, la tâche en recherche un autre.</numerusform>
            <numerusform>Louer %n numéros correspondant à %1 (facturable). Si quelqu&apos;un d&apos;autre prend l&apos;un d&apos;eux avant que la tâche ne l&apos;atteigne, la tâche en recherche un autre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rent %n number(s) (billable).</source>
        <translation>
            <numerusform>Louer %n numéro (facturable).</numerusform>
            <numerusform>Louer %n numéros (facturable).</numerusform>
        </translation>
    </message>
    <message>
        <source>Setup prices: %1</source>
        <translation>Frais de mise en service : %1</translation>
    </message>
    <message>
        <source>Recurring prices that start: %1</source>
        <translation>Prix récurrents qui commencent : %1</translation>
    </message>
    <message numerus="yes">
        <source>Job %1: offers were taken by someone else; searching again for %n more number(s)…</source>
        <translation>
            <numerusform>Tâche %1 : des offres ont été prises par quelqu&apos;un d&apos;autre ; nouvelle recherche de %n numéro supplémentaire…</numerusform>
            <numerusform>Tâche %1 : des offres ont été prises par quelqu&apos;un d&apos;autre ; nouvelle recherche de %n numéros supplémentaires…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rent: setup %1, then %2 every %n month(s)</source>
        <translation>
            <numerusform>location : mise en service %1, puis %2 tous les %n mois</numerusform>
            <numerusform>location : mise en service %1, puis %2 tous les %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>Checking that %n number(s) are still on offer, and at what price…</source>
        <translation>
            <numerusform>Vérification que %n numéro est toujours proposé, et à quel prix…</numerusform>
            <numerusform>Vérification que %n numéros sont toujours proposés, et à quel prix…</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no connection.</source>
        <translation>Il n&apos;y a aucune connexion.</translation>
    </message>
    <message numerus="yes">
        <source>Searching for %n number(s) matching %1…</source>
        <translation>
            <numerusform>Recherche de %n numéro correspondant à %1…</numerusform>
            <numerusform>Recherche de %n numéros correspondant à %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) left out to stay within the recurring cap of %1.</source>
        <translation>
            <numerusform>%n offre écartée pour rester sous le plafond récurrent de %1.</numerusform>
            <numerusform>%n offres écartées pour rester sous le plafond récurrent de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 of the %2 numbers asked for can be rented now.</source>
        <translation>Seuls %1 des %2 numéros demandés peuvent être loués maintenant.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
</context>
<context>
    <name>nd::CallbackConfigDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Masquer le secret</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>A new random secret was generated. It is not saved until you press Save.</source>
        <translation>Un nouveau secret aléatoire a été généré. Il n&apos;est enregistré que lorsque vous cliquez sur Enregistrer.</translation>
    </message>
    <message numerus="yes">
        <source>The secret must be 32 to 64 characters of letters, digits and “-” (now %n character(s)).</source>
        <translation>
            <numerusform>Le secret doit comporter de 32 à 64 caractères parmi les lettres, les chiffres et « - » (actuellement %n caractère).</numerusform>
            <numerusform>Le secret doit comporter de 32 à 64 caractères parmi les lettres, les chiffres et « - » (actuellement %n caractères).</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the callback configuration…</source>
        <translation>Chargement de la configuration des rappels…</translation>
    </message>
    <message>
        <source>No signing secret is set. Generate one and save it.</source>
        <translation>Aucun secret de signature n&apos;est défini. Générez-en un et enregistrez-le.</translation>
    </message>
    <message>
        <source>This project has no callback configuration yet; saving a secret creates it.</source>
        <translation>Ce projet n&apos;a pas encore de configuration de rappel ; l&apos;enregistrement d&apos;un secret la crée.</translation>
    </message>
    <message>
        <source>Loading was stopped. Close and reopen the dialog to try again.</source>
        <translation>Le chargement a été arrêté. Fermez et rouvrez la boîte de dialogue pour réessayer.</translation>
    </message>
    <message>
        <source>Change Signing Secret</source>
        <translation>Changer le secret de signature</translation>
    </message>
    <message>
        <source>Change the callback signing secret of project %1?</source>
        <translation>Changer le secret de signature des rappels du projet %1 ?</translation>
    </message>
    <message>
        <source>From now on, events are signed with the new secret. Receivers that still use the old secret will reject them until you update them. Copy the new secret to your receivers.</source>
        <translation>Désormais, les événements sont signés avec le nouveau secret. Les récepteurs qui utilisent encore l&apos;ancien les rejetteront jusqu&apos;à leur mise à jour. Copiez le nouveau secret sur vos récepteurs.</translation>
    </message>
    <message>
        <source>&amp;Change Secret</source>
        <translation>&amp;Changer le secret</translation>
    </message>
    <message>
        <source>Saving the new secret…</source>
        <translation>Enregistrement du nouveau secret…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The new secret is active. Update your receivers now.</source>
        <translation>Le nouveau secret est actif. Mettez à jour vos récepteurs maintenant.</translation>
    </message>
    <message>
        <source>No clear answer; reading the secret back to see whether it changed…</source>
        <translation>Pas de réponse claire ; relecture du secret pour voir s&apos;il a changé…</translation>
    </message>
    <message>
        <source>The server is busy (rate limit): waiting to send again…</source>
        <translation>Le serveur est occupé (limite de débit) : attente avant un nouvel envoi…</translation>
    </message>
    <message>
        <source>Reopen this dialog to see the current secret before saving again.</source>
        <translation>Rouvrez cette boîte de dialogue pour voir le secret actuel avant d&apos;enregistrer à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Copier le secret dans le presse-papiers</translation>
    </message>
    <message>
        <source>Secret copied to the clipboard.</source>
        <translation>Secret copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
</context>
<context>
    <name>nd::CallbackInspector</name>
    <message>
        <source>Callback Inspector</source>
        <translation>Inspecteur de rappels</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Reçus</translation>
    </message>
    <message>
        <source>&amp;Check a signature</source>
        <translation>&amp;Vérifier une signature</translation>
    </message>
    <message>
        <source>&amp;Send test callback</source>
        <translation>&amp;Envoyer un rappel de test</translation>
    </message>
    <message>
        <source>The project&apos;s callback secret could not be read, so signatures cannot be checked: %1</source>
        <translation>Le secret de rappel du projet n&apos;a pas pu être lu, les signatures ne peuvent donc pas être vérifiées : %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>The port on 127.0.0.1 to receive callbacks on; Automatic picks a free one</source>
        <translation>Le port de 127.0.0.1 sur lequel recevoir les rappels ; Automatique en choisit un libre</translation>
    </message>
    <message>
        <source>Cop&amp;y URL</source>
        <translation>Cop&amp;ier l&apos;URL</translation>
    </message>
    <message>
        <source>&amp;Use as Callback URL of Selected Numbers…</source>
        <translation>&amp;Utiliser comme URL de rappel des numéros sélectionnés…</translation>
    </message>
    <message>
        <source>Set this receiver as the callback URL of the numbers selected in the main window</source>
        <translation>Définir ce récepteur comme URL de rappel des numéros sélectionnés dans la fenêtre principale</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Receiver URL:</source>
        <translation>URL du récepteur :</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Click a callback to see its headers, raw body and signature check.</source>
        <translation>Cliquez sur un rappel pour voir ses en-têtes, son corps brut et la vérification de sa signature.</translation>
    </message>
    <message>
        <source>Reading the project&apos;s callback secret…</source>
        <translation>Lecture du secret de rappel du projet…</translation>
    </message>
    <message>
        <source>Listening. Signatures are checked against the project&apos;s current secret (and the previous one after a rotation).</source>
        <translation>À l&apos;écoute. Les signatures sont vérifiées avec le secret actuel du projet (et avec le précédent après un renouvellement).</translation>
    </message>
    <message>
        <source>Stopped: callbacks sent to the URL now fail.</source>
        <translation>Arrêté : les rappels envoyés à l&apos;URL échouent désormais.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>(not JSON)</source>
        <translation>(pas du JSON)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signature : %1</translation>
    </message>
    <message>
        <source>Expected X-Sinch-Signature: %1</source>
        <translation>X-Sinch-Signature attendue : %1</translation>
    </message>
    <message>
        <source>Failure: %1 (%2)</source>
        <translation>Échec : %1 (%2)</translation>
    </message>
    <message>
        <source>Select one or more numbers in the main window&apos;s list of your numbers first.</source>
        <translation>Sélectionnez d&apos;abord un ou plusieurs numéros dans la liste de vos numéros de la fenêtre principale.</translation>
    </message>
    <message>
        <source>Use a local callback URL on a real account?</source>
        <translation>Utiliser une URL de rappel locale sur un compte réel ?</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 as the callback URL of %n number(s)?</source>
        <translation>
            <numerusform>Définir %1 comme URL de rappel de %n numéro ?</numerusform>
            <numerusform>Définir %1 comme URL de rappel de %n numéros ?</numerusform>
        </translation>
    </message>
    <message>
        <source>This profile is not the sandbox. Sinch&apos;s servers cannot reach this computer, so events for these numbers will be lost until you set their callback URL back.</source>
        <translation>Ce profil n&apos;est pas le bac à sable. Les serveurs de Sinch ne peuvent pas joindre cet ordinateur : les événements de ces numéros seront perdus tant que vous n&apos;aurez pas rétabli leur URL de rappel.</translation>
    </message>
    <message>
        <source>Set Callback URL</source>
        <translation>Définir l&apos;URL de rappel</translation>
    </message>
    <message>
        <source>The selected numbers already use this callback URL.</source>
        <translation>Les numéros sélectionnés utilisent déjà cette URL de rappel.</translation>
    </message>
    <message numerus="yes">
        <source>Setting the callback URL of %n number(s)…</source>
        <translation>
            <numerusform>Définition de l&apos;URL de rappel de %n numéro…</numerusform>
            <numerusform>Définition de l&apos;URL de rappel de %n numéros…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Callback URL set on %1 of %n number(s). Their next provisioning events come here.</source>
        <translation>
            <numerusform>URL de rappel définie sur %1 numéro sur %n. Ses prochains événements de provisionnement arriveront ici.</numerusform>
            <numerusform>URL de rappel définie sur %1 numéros sur %n. Leurs prochains événements de provisionnement arriveront ici.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::CallbackReceiver</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>impossible d&apos;écouter sur 127.0.0.1:%1 : %2</translation>
    </message>
</context>
<context>
    <name>nd::CallbackSender</name>
    <message>
        <source>&apos;%1&apos; is not a URL (give one such as http://127.0.0.1:8080/hooks)</source>
        <translation>« %1 » n&apos;est pas une URL (indiquez-en une comme http://127.0.0.1:8080/hooks)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>« %1 » n&apos;est pas une URL http ou https</translation>
    </message>
</context>
<context>
    <name>nd::CallbackSignature</name>
    <message>
        <source>valid (signed with the previous secret)</source>
        <translation>valide (signée avec le secret précédent)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>not checked: no secret is known</source>
        <translation>non vérifiée : aucun secret n&apos;est connu</translation>
    </message>
    <message>
        <source>invalid: there is no X-Sinch-Signature header</source>
        <translation>non valide : il n&apos;y a pas d&apos;en-tête X-Sinch-Signature</translation>
    </message>
    <message>
        <source>invalid: the signature is not 40 hexadecimal digits (base64 or another algorithm?)</source>
        <translation>non valide : la signature ne fait pas 40 chiffres hexadécimaux (base64 ou un autre algorithme ?)</translation>
    </message>
    <message>
        <source>invalid: the signature does not match the body with this secret</source>
        <translation>non valide : la signature ne correspond pas au corps avec ce secret</translation>
    </message>
</context>
<context>
    <name>nd::ChangesView</name>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Show in the list</source>
        <translation>Afficher dans la liste</translation>
    </message>
    <message>
        <source>List the added and changed numbers in the Active numbers table</source>
        <translation>Lister les numéros ajoutés et modifiés dans le tableau des numéros actifs</translation>
    </message>
    <message>
        <source>Changes since the previous sync</source>
        <translation>Modifications depuis la synchronisation précédente</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Added or changed by the last sync</source>
        <translation>Ajouté ou modifié par la dernière synchronisation</translation>
    </message>
    <message>
        <source>The inventory has not been synced yet.</source>
        <translation>L&apos;inventaire n&apos;a pas encore été synchronisé.</translation>
    </message>
    <message numerus="yes">
        <source>The first sync (%1) found %n number(s); later syncs list what changed.</source>
        <translation>
            <numerusform>La première synchronisation (%1) a trouvé %n numéro ; les suivantes listent ce qui a changé.</numerusform>
            <numerusform>La première synchronisation (%1) a trouvé %n numéros ; les suivantes listent ce qui a changé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Between the syncs of %1 and %2: %3 added, %4 removed, %5 changed.</source>
        <translation>Entre les synchronisations du %1 et du %2 : %3 ajoutés, %4 supprimés, %5 modifiés.</translation>
    </message>
</context>
<context>
    <name>nd::ConnectionSettings</name>
    <message>
        <source>No project id is set.</source>
        <translation>Aucun ID de projet n&apos;est défini.</translation>
    </message>
    <message>
        <source>The project id may only contain letters, digits, &apos;-&apos; and &apos;_&apos; (at most 128 characters).</source>
        <translation>L&apos;ID de projet ne peut contenir que des lettres, des chiffres, « - » et « _ » (128 caractères au plus).</translation>
    </message>
    <message>
        <source>No access key id is set.</source>
        <translation>Aucun ID de clé d&apos;accès n&apos;est défini.</translation>
    </message>
    <message>
        <source>No access key secret is set.</source>
        <translation>Aucun secret de clé d&apos;accès n&apos;est défini.</translation>
    </message>
    <message>
        <source>The transfer timeout must not be negative.</source>
        <translation>Le délai de transfert ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The CA bundle &quot;%1&quot; could not be read: %2</source>
        <translation>Le paquet d&apos;AC « %1 » n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>The CA bundle &quot;%1&quot; is too large to be a certificate file.</source>
        <translation>Le paquet d&apos;AC « %1 » est trop volumineux pour être un fichier de certificats.</translation>
    </message>
    <message>
        <source>The CA bundle &quot;%1&quot; contains no PEM certificate (expected &quot;-----BEGIN CERTIFICATE-----&quot; blocks).</source>
        <translation>Le paquet d&apos;AC « %1 » ne contient aucun certificat PEM (blocs « -----BEGIN CERTIFICATE----- » attendus).</translation>
    </message>
    <message>
        <source>The Numbers API URL &quot;%1&quot; is not a valid URL.</source>
        <translation>L&apos;URL de l&apos;API Numbers « %1 » n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The authentication URL &quot;%1&quot; is not a valid URL.</source>
        <translation>L&apos;URL d&apos;authentification « %1 » n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The Numbers API URL must start with https:// (got &quot;%1&quot;).</source>
        <translation>L&apos;URL de l&apos;API Numbers doit commencer par https:// (reçu : « %1 »).</translation>
    </message>
    <message>
        <source>The authentication URL must start with https:// (got &quot;%1&quot;).</source>
        <translation>L&apos;URL d&apos;authentification doit commencer par https:// (reçu : « %1 »).</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain http to %1: use https:// (plain http is only allowed for the local machine: localhost, 127.0.0.1, ::1).</source>
        <translation>Refus d&apos;envoyer des identifiants en http non chiffré à %1 : utilisez https:// (le http simple n&apos;est autorisé que pour la machine locale : localhost, 127.0.0.1, ::1).</translation>
    </message>
</context>
<context>
    <name>nd::CostEffect</name>
    <message numerus="yes">
        <source>%1 %2 every %n month(s)</source>
        <translation>
            <numerusform>%1 %2 chaque mois</numerusform>
            <numerusform>%1 %2 tous les %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 per period</source>
        <translation>%1 %2 par période</translation>
    </message>
    <message>
        <source>stops %1</source>
        <comment>a recurring charge that stops</comment>
        <translation>cesse : %1</translation>
    </message>
    <message>
        <source>possibly stops %1</source>
        <comment>outcome unknown</comment>
        <translation>cesse peut-être : %1</translation>
    </message>
    <message>
        <source>%1 %2 setup</source>
        <translation>%1 %2 de mise en service</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <comment>setup cost + recurring cost</comment>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>possibly %1</source>
        <comment>outcome unknown</comment>
        <translation>peut-être %1</translation>
    </message>
</context>
<context>
    <name>nd::DisplayText</name>
    <message>
        <source>Unknown type</source>
        <translation>Type inconnu</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Status not specified</source>
        <translation>État non précisé</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>État inconnu</translation>
    </message>
    <message>
        <source>Voice API app</source>
        <translation>Application Voice API</translation>
    </message>
    <message>
        <source>Elastic SIP trunk</source>
        <translation>Trunk SIP élastique</translation>
    </message>
    <message>
        <source>Fax service</source>
        <translation>Service de fax</translation>
    </message>
    <message>
        <source>Unknown voice type</source>
        <translation>Type de voix inconnu</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Non lié</translation>
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
        <translation>Plan de service %1</translation>
    </message>
    <message>
        <source>Service plan %1, campaign %2</source>
        <translation>Plan de service %1, campagne %2</translation>
    </message>
    <message>
        <source>unlinking</source>
        <translation>suppression de la liaison</translation>
    </message>
    <message>
        <source>service plan %1</source>
        <translation>plan de service %1</translation>
    </message>
    <message>
        <source>service plan %1, campaign %2</source>
        <translation>plan de service %1, campagne %2</translation>
    </message>
    <message>
        <source>SMS: %1 (%2)</source>
        <extracomment>%1 = status (&quot;Waiting&quot;), %2 = what is being applied</extracomment>
        <translation>SMS : %1 (%2)</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>aucune raison n&apos;a été donnée</translation>
    </message>
    <message>
        <source>Voice: %1 (%2)</source>
        <translation>Voix : %1 (%2)</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>chaque mois</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>chaque année</translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>chaque mois</numerusform>
            <numerusform>tous les %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Could not be determined</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>Exact match: the address is valid as entered</source>
        <translation>Correspondance exacte : l&apos;adresse est valide telle que saisie</translation>
    </message>
    <message>
        <source>Near match: a corrected address is suggested</source>
        <translation>Correspondance proche : une adresse corrigée est proposée</translation>
    </message>
    <message>
        <source>No match: the address is not valid</source>
        <translation>Aucune correspondance : l&apos;adresse n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Unknown result</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Link to an SMS service plan</source>
        <translation>Lier à un plan de service SMS</translation>
    </message>
    <message>
        <source>Unlink from the SMS service plan</source>
        <translation>Délier du plan de service SMS</translation>
    </message>
    <message>
        <source>Link to a 10DLC campaign</source>
        <translation>Lier à une campagne 10DLC</translation>
    </message>
    <message>
        <source>Unlink from the 10DLC campaign</source>
        <translation>Délier de la campagne 10DLC</translation>
    </message>
    <message>
        <source>Enable voice</source>
        <translation>Activer la voix</translation>
    </message>
    <message>
        <source>Disable voice</source>
        <translation>Désactiver la voix</translation>
    </message>
    <message>
        <source>Number order changed</source>
        <translation>Commande de numéros modifiée</translation>
    </message>
    <message>
        <source>Unknown event</source>
        <translation>Événement inconnu</translation>
    </message>
    <message>
        <source>Enabling voice on the number failed</source>
        <translation>L&apos;activation de la voix sur le numéro a échoué</translation>
    </message>
</context>
<context>
    <name>nd::ErrorBanner</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>nd::FieldChange</name>
    <message>
        <source>display name</source>
        <translation>nom d&apos;affichage</translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <source>SMS service plan</source>
        <translation>plan de service SMS</translation>
    </message>
    <message>
        <source>10DLC campaign</source>
        <translation>campagne 10DLC</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>voix</translation>
    </message>
    <message>
        <source>emergency address</source>
        <translation>adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>callback HMAC secret</source>
        <translation>secret HMAC des rappels</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>expiration</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>%1: rotated</source>
        <translation>%1 : renouvelé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>field: old value → new value</comment>
        <translation>%1 : %2 → %3</translation>
    </message>
</context>
<context>
    <name>nd::InsightCharts</name>
    <message>
        <source>%1 numbers in %2 (%3 a month)</source>
        <extracomment>%1 = number type (&quot;Local&quot;), %2 = region code, %3 = amount with currency</extracomment>
        <translation>Numéros de type %1 en %2 (%3 par mois)</translation>
    </message>
    <message>
        <source>Run-rate per month by region (%1)</source>
        <translation>Coût récurrent mensuel par région (%1)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation>Numéros de type %1</translation>
    </message>
    <message>
        <source>Numbers by type</source>
        <translation>Numéros par type</translation>
    </message>
    <message>
        <source>Numbers charged in %1</source>
        <extracomment>%1 = month (&quot;Dec 2026&quot;)</extracomment>
        <translation>Numéros facturés en %1</translation>
    </message>
    <message>
        <source>Charges due in the next 12 months (%1)</source>
        <translation>Frais dus dans les 12 prochains mois (%1)</translation>
    </message>
    <message>
        <source>Run-rate per month by region</source>
        <translation>Coût récurrent mensuel par région</translation>
    </message>
    <message>
        <source>Charges due in the next 12 months</source>
        <translation>Frais dus dans les 12 prochains mois</translation>
    </message>
</context>
<context>
    <name>nd::InsightPanel</name>
    <message>
        <source>No inventory yet: press Sync now to fetch every number into the local mirror.</source>
        <translation>Pas encore d&apos;inventaire : appuyez sur Synchroniser pour récupérer tous les numéros dans la copie locale.</translation>
    </message>
    <message>
        <source>The currency the run-rate and the charges are shown in</source>
        <translation>La devise dans laquelle le coût récurrent et les frais sont affichés</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>Fetch every active number into the local mirror, then show the report again</source>
        <translation>Récupérer tous les numéros actifs dans la copie locale, puis réafficher le rapport</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Read the local mirror again (no network)</source>
        <translation>Relire la copie locale (sans réseau)</translation>
    </message>
    <message>
        <source>Save c&amp;hart as PNG…</source>
        <translation>Enregistrer le &amp;graphique en PNG…</translation>
    </message>
    <message>
        <source>Run-rate by region…</source>
        <translation>Coût récurrent par région…</translation>
    </message>
    <message>
        <source>Numbers by type…</source>
        <translation>Numéros par type…</translation>
    </message>
    <message>
        <source>Charges by month…</source>
        <translation>Frais par mois…</translation>
    </message>
    <message>
        <source>E&amp;xport report as CSV…</source>
        <translation>E&amp;xporter le rapport en CSV…</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>%1 numbers, %2 of them being released. Run-rate per month: %3. As of %4.</source>
        <extracomment>%1 = count of numbers, %2 = count being released, %3 = &quot;EUR 12,50, USD 3.00&quot;, %4 = date and time</extracomment>
        <translation>%1 numéros, dont %2 en cours de libération. Coût récurrent mensuel : %3. État au %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Provisioning failed (%1)</source>
        <translation>Échec du provisionnement (%1)</translation>
    </message>
    <message>
        <source>Provisioning pending for more than an hour (%1)</source>
        <translation>Provisionnement en attente depuis plus d&apos;une heure (%1)</translation>
    </message>
    <message>
        <source>Neither SMS nor voice linked (%1)</source>
        <translation>Ni SMS ni voix liés (%1)</translation>
    </message>
    <message>
        <source>Released within 7 days (%1)</source>
        <translation>Libérés dans les 7 jours (%1)</translation>
    </message>
    <message>
        <source>Price unreadable, left out of the amounts (%1)</source>
        <translation>Prix illisible, exclu des montants (%1)</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Le graphique n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Le rapport n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>Syncing the local mirror (progress in the status bar)…</source>
        <translation>Synchronisation de la copie locale (progression dans la barre d&apos;état)…</translation>
    </message>
    <message>
        <source>The sync did not finish; the report shows the mirror&apos;s previous sync.</source>
        <translation>La synchronisation ne s&apos;est pas terminée ; le rapport affiche la synchronisation précédente de la copie locale.</translation>
    </message>
    <message>
        <source>The first sync of this inventory is running; the report follows when it is saved.</source>
        <extracomment>Shown where the charts go, while the first sync of a mirror runs.</extracomment>
        <translation>La première synchronisation de cet inventaire est en cours ; le rapport s&apos;affichera une fois qu&apos;elle sera enregistrée.</translation>
    </message>
    <message>
        <source>The project had no active numbers at the last sync: there is nothing to chart.</source>
        <extracomment>Shown where the charts go: the last sync found no numbers.</extracomment>
        <translation>Le projet n&apos;avait aucun numéro actif lors de la dernière synchronisation : il n&apos;y a rien à représenter.</translation>
    </message>
    <message>
        <source>The sync did not finish (it was cancelled, or the message at the top of the window says why), and there is no earlier sync to show. Press Sync now to try again.</source>
        <translation>La synchronisation ne s&apos;est pas terminée (elle a été annulée, ou le message en haut de la fenêtre en indique la raison), et aucune synchronisation antérieure ne peut être affichée. Appuyez sur Synchroniser pour réessayer.</translation>
    </message>
</context>
<context>
    <name>nd::InventoryExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>nd::InventoryReport</name>
    <message>
        <source>no reason was given</source>
        <translation>aucune raison n&apos;a été donnée</translation>
    </message>
    <message>
        <source>SMS: %1</source>
        <extracomment>%1 = the reasons in words</extracomment>
        <translation>SMS : %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>Voice provisioning failed</source>
        <translation>Le provisionnement de la voix a échoué</translation>
    </message>
</context>
<context>
    <name>nd::InventoryStore</name>
    <message>
        <source>Cannot create the inventory file %1.</source>
        <translation>Impossible de créer le fichier d&apos;inventaire %1.</translation>
    </message>
    <message>
        <source>Cannot open the inventory %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;inventaire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the inventory %1: %2</source>
        <translation>Impossible de lire l&apos;inventaire %1 : %2</translation>
    </message>
    <message>
        <source>The inventory %1 was written by a newer version of NumberDesk.</source>
        <translation>L&apos;inventaire %1 a été écrit par une version plus récente de NumberDesk.</translation>
    </message>
    <message>
        <source>%1 is not a NumberDesk inventory. The file was left unchanged.</source>
        <translation>%1 n&apos;est pas un inventaire NumberDesk. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot write the inventory %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;inventaire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot start a sync of the inventory: %1</source>
        <translation>Impossible de démarrer une synchronisation de l&apos;inventaire : %1</translation>
    </message>
    <message>
        <source>Cannot write the inventory: %1</source>
        <translation>Impossible d&apos;écrire l&apos;inventaire : %1</translation>
    </message>
    <message>
        <source>No sync of the inventory is in progress.</source>
        <translation>Aucune synchronisation de l&apos;inventaire n&apos;est en cours.</translation>
    </message>
    <message>
        <source>Cannot save the sync of the inventory: %1</source>
        <translation>Impossible d&apos;enregistrer la synchronisation de l&apos;inventaire : %1</translation>
    </message>
    <message>
        <source>Cannot read the inventory: %1</source>
        <translation>Impossible de lire l&apos;inventaire : %1</translation>
    </message>
    <message>
        <source>Cannot start a sync of the inventory: cannot create %1.</source>
        <translation>Impossible de démarrer une synchronisation de l&apos;inventaire : impossible de créer %1.</translation>
    </message>
    <message>
        <source>Another sync of this inventory is running (process %1 on %2). Wait until it has finished; if it is not running any more, delete %3.</source>
        <translation>Une autre synchronisation de cet inventaire est en cours (processus %1 sur %2). Attendez qu&apos;elle soit terminée ; si elle ne s&apos;exécute plus, supprimez %3.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>another program saved a sync of this inventory meanwhile.</source>
        <translation>un autre programme a entre-temps enregistré une synchronisation de cet inventaire.</translation>
    </message>
</context>
<context>
    <name>nd::InventoryWalker</name>
    <message>
        <source>The API client is no longer available.</source>
        <translation>Le client de l&apos;API n&apos;est plus disponible.</translation>
    </message>
    <message>
        <source>The server returned the same page token twice; stopped listing.</source>
        <translation>Le serveur a renvoyé deux fois le même jeton de page ; la liste a été interrompue.</translation>
    </message>
</context>
<context>
    <name>nd::JobJournal</name>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cannot create the job journal %1.</source>
        <translation>Impossible de créer le journal des tâches %1.</translation>
    </message>
    <message>
        <source>Cannot open the job journal %1: %2</source>
        <translation>Impossible d&apos;ouvrir le journal des tâches %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the job journal %1: %2</source>
        <translation>Impossible de lire le journal des tâches %1 : %2</translation>
    </message>
    <message>
        <source>The job journal %1 was written by a newer version of NumberDesk.</source>
        <translation>Le journal des tâches %1 a été écrit par une version plus récente de NumberDesk.</translation>
    </message>
    <message>
        <source>%1 is not a NumberDesk job journal. The file was left unchanged.</source>
        <translation>%1 n&apos;est pas un journal des tâches NumberDesk. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot write the job journal %1: %2</source>
        <translation>Impossible d&apos;écrire le journal des tâches %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the job journal: %1</source>
        <translation>Impossible d&apos;écrire le journal des tâches : %1</translation>
    </message>
    <message>
        <source>Cannot read the job journal: %1</source>
        <translation>Impossible de lire le journal des tâches : %1</translation>
    </message>
    <message>
        <source>Job %1 was written by a newer version of NumberDesk.</source>
        <translation>La tâche %1 a été écrite par une version plus récente de NumberDesk.</translation>
    </message>
    <message>
        <source>Job %1 is being run by another NumberDesk process.</source>
        <translation>La tâche %1 est exécutée par un autre processus NumberDesk.</translation>
    </message>
</context>
<context>
    <name>nd::JobKinds</name>
    <message>
        <source>per billing period</source>
        <translation>par période de facturation</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>tous les %n mois</numerusform>
            <numerusform>tous les %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libération</translation>
    </message>
    <message>
        <source>Emergency address removal</source>
        <translation>Suppression de l&apos;adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <source>Done by someone else</source>
        <translation>Effectué par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 once (%n number(s))</source>
        <translation>
            <numerusform>%1 %2 une fois (%n numéro)</numerusform>
            <numerusform>%1 %2 une fois (%n numéros)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 %3 (%n number(s))</source>
        <translation>
            <numerusform>%1 %2 %3 (%n numéro)</numerusform>
            <numerusform>%1 %2 %3 (%n numéros)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::JobRunner</name>
    <message>
        <source>There is no job %1.</source>
        <translation>Il n&apos;y a pas de tâche %1.</translation>
    </message>
    <message>
        <source>The connection is gone.</source>
        <translation>La connexion n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The activity log cannot be written.</source>
        <translation>Le journal d&apos;activité ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>Not sent before the job was interrupted.</source>
        <translation>Non envoyé avant l&apos;interruption de la tâche.</translation>
    </message>
    <message>
        <source>The process running job %1 ended while this request was in flight; the state is read back.</source>
        <translation>Le processus qui exécutait la tâche %1 s&apos;est terminé pendant que cette requête était en cours ; l&apos;état est relu.</translation>
    </message>
    <message>
        <source>Step %1 of job %2 cannot be read.</source>
        <translation>L&apos;étape %1 de la tâche %2 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>%1 already has these settings: nothing was sent.</source>
        <translation>%1 a déjà ces paramètres : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 of the %2 numbers asked for were rented: %3</source>
        <translation>%1 des %2 numéros demandés ont été loués : %3</translation>
    </message>
    <message>
        <source>the steps not done say why the others were not.</source>
        <translation>les étapes non effectuées indiquent pourquoi les autres ne l&apos;ont pas été.</translation>
    </message>
    <message numerus="yes">
        <source>Searching again for %n more number(s) failed: %1</source>
        <translation>
            <numerusform>La nouvelle recherche de %n numéro supplémentaire a échoué : %1</numerusform>
            <numerusform>La nouvelle recherche de %n numéros supplémentaires a échoué : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>another number would take the recurring total past the cap of %1.</source>
        <translation>un numéro de plus porterait le total récurrent au-delà du plafond de %1.</translation>
    </message>
    <message>
        <source>the search offers no other number matching the criteria.</source>
        <translation>la recherche ne propose aucun autre numéro correspondant aux critères.</translation>
    </message>
    <message>
        <source>Found by searching again: an offer chosen before was taken by someone else.</source>
        <translation>Trouvé par une nouvelle recherche : une offre choisie auparavant a été prise par quelqu&apos;un d&apos;autre.</translation>
    </message>
</context>
<context>
    <name>nd::JobsDialog</name>
    <message>
        <source>Bulk Jobs</source>
        <translation>Tâches groupées</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Effectués</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectués</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
</context>
<context>
    <name>nd::MainWindow</name>
    <message>
        <source>Starting with</source>
        <translation>Commence par</translation>
    </message>
    <message>
        <source>Containing</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>Ending with</source>
        <translation>Se termine par</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>There is no profile named “%1”; using the built-in Sandbox.</source>
        <translation>Il n&apos;existe aucun profil nommé « %1 » ; le profil intégré Sandbox est utilisé.</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) offer numbers to this project</source>
        <translation>
            <numerusform>%n région propose des numéros à ce projet</numerusform>
            <numerusform>%n régions proposent des numéros à ce projet</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>La recherche a échoué.</translation>
    </message>
    <message>
        <source>No available numbers match in %1. Try fewer digits or other capabilities.</source>
        <translation>Aucun numéro disponible ne correspond dans %1. Essayez moins de chiffres ou d&apos;autres fonctions.</translation>
    </message>
    <message numerus="yes">
        <source>%n available number(s) in %1</source>
        <translation>
            <numerusform>%n numéro disponible dans %1</numerusform>
            <numerusform>%n numéros disponibles dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least one number type to list regions.</source>
        <translation>Cochez au moins un type de numéro pour lister les régions.</translation>
    </message>
    <message>
        <source>country code and digits, e.g. +1206</source>
        <translation>indicatif du pays et chiffres, p. ex. +1206</translation>
    </message>
    <message>
        <source>digits, e.g. 555</source>
        <translation>chiffres, p. ex. 555</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Profil actif</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Arrêter le chargement</translation>
    </message>
    <message>
        <source>%1 (built-in, no charges)</source>
        <translation>%1 (intégré, gratuit)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion en cours : %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté : %1</translation>
    </message>
    <message>
        <source>Connection problem (see the message above)</source>
        <translation>Problème de connexion (voir le message ci-dessus)</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>BAC À SABLE</translation>
    </message>
    <message>
        <source>Profile “%1”: the built-in emulator. Nothing is billed and no real number changes.</source>
        <translation>Profil « %1 » : l&apos;émulateur intégré. Rien n&apos;est facturé et aucun vrai numéro n&apos;est modifié.</translation>
    </message>
    <message>
        <source>NumberDesk — SANDBOX</source>
        <translation>NumberDesk — BAC À SABLE</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <source>Live profile: renting and releasing numbers here is billed.</source>
        <translation>Profil réel : louer et libérer des numéros ici est facturé.</translation>
    </message>
    <message>
        <source>NumberDesk — %1</source>
        <translation>NumberDesk — %1</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>The server refused the credentials of profile “%1”. Check its key ID and key secret in File → Settings.
%2</source>
        <translation>Le serveur a refusé les identifiants du profil « %1 ». Vérifiez son ID de clé et son secret de clé dans Fichier → Paramètres.
%2</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <source>Choose a region on the left</source>
        <translation>Choisissez une région à gauche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a region in the list on the left first.</source>
        <translation>Choisissez d&apos;abord une région dans la liste de gauche.</translation>
    </message>
    <message>
        <source>%1 offers no number types to search.</source>
        <translation>%1 ne propose aucun type de numéro à rechercher.</translation>
    </message>
    <message>
        <source>The digit pattern may contain only digits, optionally after a leading +.</source>
        <translation>Le motif ne peut contenir que des chiffres, éventuellement précédés d&apos;un +.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Renting any matching number is possible only for US local numbers.</source>
        <translation>La location d&apos;un numéro quelconque n&apos;est possible que pour les numéros locaux des États-Unis.</translation>
    </message>
    <message numerus="yes">
        <source>R&amp;elease %n Numbers…</source>
        <translation>
            <numerusform>&amp;Libérer %n numéro…</numerusform>
            <numerusform>&amp;Libérer %n numéros…</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;elease…</source>
        <translation>&amp;Libérer…</translation>
    </message>
    <message>
        <source>%1 is now rented. It is not listed because it does not match the active-number filters.</source>
        <translation>%1 est maintenant loué. Il n&apos;apparaît pas car il ne correspond pas aux filtres des numéros actifs.</translation>
    </message>
    <message>
        <source>%1 is now rented and listed under Active numbers.</source>
        <translation>%1 est maintenant loué et figure dans Numéros actifs.</translation>
    </message>
    <message>
        <source>The selected numbers are already being released.</source>
        <translation>Les numéros sélectionnés sont déjà en cours de libération.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n number(s)</source>
        <translation>
            <numerusform>%n numéro copié</numerusform>
            <numerusform>%n numéros copiés</numerusform>
        </translation>
    </message>
    <message>
        <source>About NumberDesk</source>
        <translation>À propos de NumberDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NumberDesk %1&lt;/h3&gt;&lt;p&gt;Find, rent, configure and release phone numbers through the Sinch Numbers API.&lt;/p&gt;&lt;p&gt;The built-in Sandbox profile runs a local emulator: nothing there is billed.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NumberDesk %1&lt;/h3&gt;&lt;p&gt;Trouver, louer, configurer et libérer des numéros de téléphone avec l&apos;API Sinch Numbers.&lt;/p&gt;&lt;p&gt;Le profil intégré Sandbox utilise un émulateur local : rien n&apos;y est facturé.&lt;/p&gt;&lt;p&gt;Sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Activity…</source>
        <translation>&amp;Activité…</translation>
    </message>
    <message>
        <source>Show every rent, release and change made from NumberDesk</source>
        <translation>Afficher chaque location, libération et modification effectuée depuis NumberDesk</translation>
    </message>
    <message>
        <source>Connecting to the built-in sandbox…</source>
        <translation>Connexion au bac à sable intégré…</translation>
    </message>
    <message>
        <source>Connected to the built-in sandbox</source>
        <translation>Connecté au bac à sable intégré</translation>
    </message>
    <message>
        <source>The activity log cannot be opened: %1
Renting, releasing and changing numbers are disabled until it can be written.</source>
        <translation>Impossible d&apos;ouvrir le journal d&apos;activité : %1
La location, la libération et la modification de numéros sont désactivées jusqu&apos;à ce qu&apos;il soit accessible en écriture.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) were interrupted before their outcome was known. Open View → Activity to see which, and check them before repeating them.</source>
        <translation>
            <numerusform>%n action a été interrompue avant que son résultat soit connu. Ouvrez Affichage → Activité pour voir laquelle, et vérifiez-la avant de la répéter.</numerusform>
            <numerusform>%n actions ont été interrompues avant que leur résultat soit connu. Ouvrez Affichage → Activité pour voir lesquelles, et vérifiez-les avant de les répéter.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation>Ana&amp;lyse</translation>
    </message>
    <message>
        <source>Copy &amp;Cell</source>
        <translation>Copier la c&amp;ellule</translation>
    </message>
    <message>
        <source>Callback &amp;Inspector…</source>
        <translation>&amp;Inspecteur de rappels…</translation>
    </message>
    <message>
        <source>Receive, check and send number-event callbacks</source>
        <translation>Recevoir, vérifier et envoyer des rappels d&apos;événements de numéros</translation>
    </message>
    <message>
        <source>&amp;Export Active Numbers…</source>
        <translation>E&amp;xporter les numéros actifs…</translation>
    </message>
    <message>
        <source>Save the Active numbers as shown (filters, find and order) as CSV or JSON</source>
        <translation>Enregistrer les numéros actifs tels qu&apos;affichés (filtres, recherche et ordre) en CSV ou JSON</translation>
    </message>
    <message>
        <source>&amp;Update Selected…</source>
        <translation>&amp;Mettre à jour la sélection…</translation>
    </message>
    <message>
        <source>Change the selected active numbers together</source>
        <translation>Modifier ensemble les numéros actifs sélectionnés</translation>
    </message>
    <message>
        <source>Release &amp;Selected…</source>
        <translation>Libérer la &amp;sélection…</translation>
    </message>
    <message>
        <source>Release the selected active numbers as one job</source>
        <translation>Libérer les numéros actifs sélectionnés en une seule tâche</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Active numbers shows the inventory as of %2, read-only; press F5 to try again.</source>
        <translation>Le serveur est injoignable (%1). Les numéros actifs montrent l&apos;inventaire au %2, en lecture seule ; appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <source>Bulk &amp;Jobs…</source>
        <translation>&amp;Tâches groupées…</translation>
    </message>
    <message>
        <source>Show the bulk jobs, their progress and per-number results</source>
        <translation>Afficher les tâches groupées, leur progression et les résultats par numéro</translation>
    </message>
</context>
<context>
    <name>nd::NumberDetailsDialog</name>
    <message>
        <source>Number %1</source>
        <translation>Numéro %1</translation>
    </message>
    <message>
        <source>The corrected address was copied into the form. Press Provision to use it.</source>
        <translation>L&apos;adresse corrigée a été copiée dans le formulaire. Cliquez sur Provisionner pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The suggested address was copied into the form. Validate it again before provisioning.</source>
        <translation>L&apos;adresse suggérée a été copiée dans le formulaire. Validez-la à nouveau avant de la provisionner.</translation>
    </message>
    <message>
        <source>The emergency address has not been loaded yet.</source>
        <translation>L&apos;adresse d&apos;urgence n&apos;a pas encore été chargée.</translation>
    </message>
    <message>
        <source>%1, %2 in %3</source>
        <translation>%1, %2 en %3</translation>
    </message>
    <message>
        <source>Being released: active until %1</source>
        <translation>En cours de libération : actif jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Not released</source>
        <translation>Non libéré</translation>
    </message>
    <message>
        <source>Nothing pending. SMS: %1. Voice: %2.</source>
        <translation>Rien en attente. SMS : %1. Voix : %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Saving takes %n step(s), because the API only links a number to a new service plan or campaign after the old one has been unlinked:</source>
        <translation>
            <numerusform>L&apos;enregistrement demande %n étape, car l&apos;API ne lie un numéro à un nouveau plan de service ou à une nouvelle campagne qu&apos;une fois l&apos;ancien lien supprimé :</numerusform>
            <numerusform>L&apos;enregistrement demande %n étapes, car l&apos;API ne lie un numéro à un nouveau plan de service ou à une nouvelle campagne qu&apos;une fois l&apos;ancien lien supprimé :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Between the steps, and until the new link has been provisioned, the number cannot send or receive SMS.</source>
        <translation>Entre les étapes, et jusqu&apos;au provisionnement du nouveau lien, le numéro ne peut ni envoyer ni recevoir de SMS.</translation>
    </message>
    <message>
        <source>Saving unlinks the SMS service plan: the number stops sending and receiving SMS.</source>
        <translation>L&apos;enregistrement délie le plan de service SMS : le numéro cesse d&apos;envoyer et de recevoir des SMS.</translation>
    </message>
    <message>
        <source>Configuration changes are applied in the background; the General tab shows their progress.</source>
        <translation>Les modifications de configuration sont appliquées en arrière-plan ; l&apos;onglet Général en montre la progression.</translation>
    </message>
    <message>
        <source>Reloading %1…</source>
        <translation>Rechargement de %1…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved. Being applied in the background:
%1</source>
        <translation>Enregistré. Application en arrière-plan :
%1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3…</source>
        <translation>Étape %1 sur %2 : %3…</translation>
    </message>
    <message>
        <source>name shown to dispatch</source>
        <translation>nom affiché aux secours</translation>
    </message>
    <message>
        <source>street number</source>
        <translation>numéro de rue</translation>
    </message>
    <message>
        <source>street</source>
        <translation>rue</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>state</source>
        <translation>État</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Required: %1.</source>
        <translation>Requis : %1.</translation>
    </message>
    <message>
        <source>Provisioned address (given to 911 dispatch): %1</source>
        <translation>Adresse provisionnée (transmise aux secours du 911) : %1</translation>
    </message>
    <message>
        <source>No emergency address is provisioned for this number: 911 dispatch gets no address from it.</source>
        <translation>Aucune adresse d&apos;urgence n&apos;est provisionnée pour ce numéro : les secours du 911 ne reçoivent aucune adresse de sa part.</translation>
    </message>
    <message>
        <source>Loading the emergency address…</source>
        <translation>Chargement de l&apos;adresse d&apos;urgence…</translation>
    </message>
    <message>
        <source>The emergency address could not be loaded.</source>
        <translation>L&apos;adresse d&apos;urgence n&apos;a pas pu être chargée.</translation>
    </message>
    <message>
        <source>Validating the address…</source>
        <translation>Validation de l&apos;adresse…</translation>
    </message>
    <message>
        <source>Corrected address: %1</source>
        <translation>Adresse corrigée : %1</translation>
    </message>
    <message>
        <source>Emergency (911) calls from this number will send responders to:
%1

Make sure the address is where the phone is used. Emergency address services may carry a fee.</source>
        <translation>Les appels d&apos;urgence (911) depuis ce numéro enverront les secours à :
%1

Assurez-vous que c&apos;est bien là que le téléphone est utilisé. Les services d&apos;adresse d&apos;urgence peuvent être payants.</translation>
    </message>
    <message>
        <source>This address has not been validated.</source>
        <translation>Cette adresse n&apos;a pas été validée.</translation>
    </message>
    <message>
        <source>Provision Emergency Address</source>
        <translation>Provisionner l&apos;adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Provision this emergency address for %1?</source>
        <translation>Provisionner cette adresse d&apos;urgence pour %1 ?</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>&amp;Provisionner</translation>
    </message>
    <message>
        <source>Provisioning the emergency address…</source>
        <translation>Provisionnement de l&apos;adresse d&apos;urgence…</translation>
    </message>
    <message>
        <source>The emergency address was provisioned.</source>
        <translation>L&apos;adresse d&apos;urgence a été provisionnée.</translation>
    </message>
    <message>
        <source>Remove Emergency Address</source>
        <translation>Supprimer l&apos;adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Remove the emergency address from %1?</source>
        <translation>Supprimer l&apos;adresse d&apos;urgence de %1 ?</translation>
    </message>
    <message>
        <source>911 dispatch will no longer receive an address for calls from this number: responders may not be able to find a caller who cannot speak.

Current address: %1</source>
        <translation>Les secours du 911 ne recevront plus d&apos;adresse pour les appels depuis ce numéro : ils risquent de ne pas trouver un appelant incapable de parler.

Adresse actuelle : %1</translation>
    </message>
    <message>
        <source>&amp;Remove Address</source>
        <translation>&amp;Supprimer l&apos;adresse</translation>
    </message>
    <message>
        <source>Removing the emergency address…</source>
        <translation>Suppression de l&apos;adresse d&apos;urgence…</translation>
    </message>
    <message>
        <source>The emergency address was removed. 911 dispatch no longer receives an address for this number.</source>
        <translation>L&apos;adresse d&apos;urgence a été supprimée. Les secours du 911 ne reçoivent plus d&apos;adresse pour ce numéro.</translation>
    </message>
    <message numerus="yes">
        <source>Saving in %n steps…</source>
        <translation>
            <numerusform>Enregistrement en %n étape…</numerusform>
            <numerusform>Enregistrement en %n étapes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The server is busy (rate limit): waiting to send again…</source>
        <translation>Le serveur est occupé (limite de débit) : attente avant un nouvel envoi…</translation>
    </message>
    <message>
        <source>No clear answer; reading the number back to see what happened…</source>
        <translation>Pas de réponse claire ; relecture du numéro pour voir ce qui s&apos;est passé…</translation>
    </message>
    <message>
        <source>Press Refresh to see the number as it is now before saving again.</source>
        <translation>Cliquez sur Actualiser pour voir le numéro tel qu&apos;il est maintenant avant d&apos;enregistrer à nouveau.</translation>
    </message>
    <message>
        <source>Press Reload to check the emergency address before trying again.</source>
        <translation>Cliquez sur Recharger pour vérifier l&apos;adresse d&apos;urgence avant de réessayer.</translation>
    </message>
    <message>
        <source>Stopping: waiting for the outcome of the change in flight…</source>
        <translation>Arrêt : attente du résultat de la modification en cours…</translation>
    </message>
</context>
<context>
    <name>nd::NumberList</name>
    <message>
        <source>the phoneNumber column is empty</source>
        <translation>la colonne phoneNumber est vide</translation>
    </message>
</context>
<context>
    <name>nd::NumbersClient</name>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB and was not read.</source>
        <translation>La réponse du serveur dépasse %1 Mio et n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>Could not get an access token: %1</source>
        <translation>Impossible d&apos;obtenir un jeton d&apos;accès : %1</translation>
    </message>
    <message>
        <source>The authentication server rejected the access key (HTTP %1). Check the key id and key secret.</source>
        <translation>Le serveur d&apos;authentification a refusé la clé d&apos;accès (HTTP %1). Vérifiez l&apos;ID de clé et le secret de clé.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the URL and that the server is running.</source>
        <translation>Le serveur a refusé la connexion. Vérifiez l&apos;URL et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be resolved. Check the URL and the network.</source>
        <translation>Le nom d&apos;hôte du serveur n&apos;a pas pu être résolu. Vérifiez l&apos;URL et le réseau.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering. The request may still have been carried out: check the current state before retrying.</source>
        <translation>Le serveur a fermé la connexion sans répondre. La requête a peut-être quand même été exécutée : vérifiez l&apos;état actuel avant de réessayer.</translation>
    </message>
    <message>
        <source>The connection was closed after the request was sent, before any answer. The request may still have been carried out: check the current state before retrying.</source>
        <translation>La connexion a été fermée après l&apos;envoi de la requête, avant toute réponse. La requête a peut-être quand même été exécutée : vérifiez l&apos;état actuel avant de réessayer.</translation>
    </message>
    <message>
        <source>The proxy server failed: %1</source>
        <translation>Le serveur proxy a échoué : %1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Erreur réseau : %1</translation>
    </message>
</context>
<context>
    <name>nd::OfferCheck</name>
    <message>
        <source>%1 is already one of your active numbers: someone else (another user or program of this project) rented it first. No rent was sent, so it is not charged a second time.</source>
        <translation>%1 fait déjà partie de vos numéros actifs : quelqu&apos;un d&apos;autre (un autre utilisateur ou programme de ce projet) l&apos;a loué en premier. Aucune location n&apos;a été envoyée, il n&apos;est donc pas facturé une seconde fois.</translation>
    </message>
    <message>
        <source>%1 is no longer available: someone else may have rented it. Search again for another number.</source>
        <translation>%1 n&apos;est plus disponible : quelqu&apos;un d&apos;autre l&apos;a peut-être loué. Recherchez un autre numéro.</translation>
    </message>
</context>
<context>
    <name>nd::PhoneNumber</name>
    <message>
        <source>Enter a phone number in international format, for example +1 206 555 0100.</source>
        <translation>Saisissez un numéro de téléphone au format international, par exemple +1 206 555 0100.</translation>
    </message>
    <message>
        <source>A phone number may contain only one &apos;+&apos;, at the start: &quot;%1&quot;.</source>
        <translation>Un numéro de téléphone ne peut contenir qu&apos;un seul « + », au début : « %1 ».</translation>
    </message>
    <message>
        <source>The character %1 is not allowed in a phone number (&quot;%2&quot;).</source>
        <translation>Le caractère %1 n&apos;est pas autorisé dans un numéro de téléphone (« %2 »).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code: start with + and the country code, for example +1 206 555 0100.</source>
        <translation>« %1 » n&apos;a pas d&apos;indicatif de pays : commencez par + et l&apos;indicatif, par exemple +1 206 555 0100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains no digits.</source>
        <translation>« %1 » ne contient aucun chiffre.</translation>
    </message>
    <message>
        <source>A country code cannot start with 0 (&quot;%1&quot;).</source>
        <translation>Un indicatif de pays ne peut pas commencer par 0 (« %1 »).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n digits; an international number has at most 15.</source>
        <translation>
            <numerusform>« %1 » compte %n chiffre ; un numéro international en a 15 au plus.</numerusform>
            <numerusform>« %1 » compte %n chiffres ; un numéro international en a 15 au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>« %1 » est trop court pour être un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number of %2.</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone de la région %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a country code in use (no country has the code +%2).</source>
        <translation>« %1 » ne commence pas par un indicatif de pays utilisé (aucun pays n&apos;a l&apos;indicatif +%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a number with country code +%2.</source>
        <translation>« %1 » est trop court pour un numéro avec l&apos;indicatif +%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a number with country code +%2.</source>
        <translation>« %1 » est trop long pour un numéro avec l&apos;indicatif +%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the wrong number of digits for a number with country code +%2.</source>
        <translation>« %1 » n&apos;a pas le bon nombre de chiffres pour un numéro avec l&apos;indicatif +%2.</translation>
    </message>
</context>
<context>
    <name>nd::ProfileStore</name>
    <message>
        <source>Cannot read the profiles file %1: %2. Profiles will not be saved until this is fixed.</source>
        <translation>Impossible de lire le fichier de profils %1 : %2. Les profils ne seront pas enregistrés tant que ce n&apos;est pas corrigé.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>JSON non valide à la position %1 (%2)</translation>
    </message>
    <message>
        <source>the content is not a JSON object</source>
        <translation>le contenu n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; is not a list</source>
        <translation>« profiles » n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>The profiles file %1 was damaged (%2). It was kept as %3 and NumberDesk starts with the built-in Sandbox profile.</source>
        <translation>Le fichier de profils %1 était endommagé (%2). Il a été conservé sous %3 et NumberDesk démarre avec le profil intégré Sandbox.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged (%2) and could not be moved aside. Profiles will not be saved until it is fixed or removed.</source>
        <translation>Le fichier de profils %1 est endommagé (%2) et n&apos;a pas pu être mis de côté. Les profils ne seront pas enregistrés tant qu&apos;il n&apos;est pas corrigé ou supprimé.</translation>
    </message>
    <message>
        <source>Profiles were not saved: the existing file %1 could not be read or moved aside, and saving would overwrite it.</source>
        <translation>Les profils n&apos;ont pas été enregistrés : le fichier existant %1 n&apos;a pu être ni lu ni mis de côté, et l&apos;enregistrement l&apos;écraserait.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the profiles file.</source>
        <translation>Impossible de créer le dossier %1 du fichier de profils.</translation>
    </message>
    <message>
        <source>Cannot save the profiles file %1: %2</source>
        <translation>Impossible d&apos;enregistrer le fichier de profils %1 : %2</translation>
    </message>
    <message>
        <source>Enter a profile name.</source>
        <translation>Saisissez un nom de profil.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with spaces.</source>
        <translation>Un nom de profil ne peut pas commencer ni se terminer par des espaces.</translation>
    </message>
    <message numerus="yes">
        <source>A profile name can have at most %n characters.</source>
        <translation>
            <numerusform>Un nom de profil peut comporter au plus %n caractère.</numerusform>
            <numerusform>Un nom de profil peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters or line breaks.</source>
        <translation>Un nom de profil ne peut pas contenir de caractères de contrôle ni de sauts de ligne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of the built-in profile. Choose another name.</source>
        <translation>« %1 » est le nom du profil intégré. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Un profil nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>The authentication URL &quot;%1&quot; is not a valid URL.</source>
        <translation>L&apos;URL d&apos;authentification « %1 » n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The Numbers API URL &quot;%1&quot; is not a valid URL.</source>
        <translation>L&apos;URL de l&apos;API Numbers « %1 » n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The authentication URL must not contain a user name or password.</source>
        <translation>L&apos;URL d&apos;authentification ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The Numbers API URL must not contain a user name or password.</source>
        <translation>L&apos;URL de l&apos;API Numbers ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The authentication URL &quot;%1&quot; uses unencrypted http. Use https; plain http is only allowed to this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>L&apos;URL d&apos;authentification « %1 » utilise http non chiffré. Utilisez https ; le http simple n&apos;est autorisé que vers cet ordinateur (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The Numbers API URL &quot;%1&quot; uses unencrypted http. Use https; plain http is only allowed to this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>L&apos;URL de l&apos;API Numbers « %1 » utilise http non chiffré. Utilisez https ; le http simple n&apos;est autorisé que vers cet ordinateur (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The authentication URL &quot;%1&quot; must start with https://.</source>
        <translation>L&apos;URL d&apos;authentification « %1 » doit commencer par https://.</translation>
    </message>
    <message>
        <source>The Numbers API URL &quot;%1&quot; must start with https://.</source>
        <translation>L&apos;URL de l&apos;API Numbers « %1 » doit commencer par https://.</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile cannot be changed.</source>
        <translation>Le profil intégré Sandbox ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Enter a project ID.</source>
        <translation>Saisissez un ID de projet.</translation>
    </message>
    <message>
        <source>The project ID &quot;%1&quot; is not valid: use only letters, digits, &apos;-&apos; and &apos;_&apos; (at most 128).</source>
        <translation>L&apos;ID de projet « %1 » n&apos;est pas valide : n&apos;utilisez que des lettres, des chiffres, « - » et « _ » (128 au plus).</translation>
    </message>
    <message>
        <source>Enter a key ID.</source>
        <translation>Saisissez un ID de clé.</translation>
    </message>
    <message>
        <source>The key ID cannot contain &apos;:&apos;, control characters or leading/trailing spaces.</source>
        <translation>L&apos;ID de clé ne peut contenir ni « : », ni caractères de contrôle, ni espaces au début ou à la fin.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun profil nommé « %1 ».</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile cannot be renamed.</source>
        <translation>Le profil intégré Sandbox ne peut pas être renommé.</translation>
    </message>
    <message>
        <source>Parallel sync requests must be a number from 1 to %1.</source>
        <translation>Le nombre de requêtes de synchro parallèles doit être compris entre 1 et %1.</translation>
    </message>
</context>
<context>
    <name>nd::RegionModel</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Number types</source>
        <translation>Types de numéros</translation>
    </message>
</context>
<context>
    <name>nd::ReleaseDialog</name>
    <message numerus="yes">
        <source>Release %n Number(s)</source>
        <translation>
            <numerusform>Libérer %n numéro</numerusform>
            <numerusform>Libérer %n numéros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Release %n Number(s)</source>
        <translation>
            <numerusform>&amp;Libérer %n numéro</numerusform>
            <numerusform>&amp;Libérer %n numéros</numerusform>
        </translation>
    </message>
    <message>
        <source>Already releasing on %1; skipped</source>
        <translation>Déjà en cours de libération le %1 ; ignoré</translation>
    </message>
    <message>
        <source>Recurring charges that stop: %1.</source>
        <translation>Frais récurrents qui cessent : %1.</translation>
    </message>
    <message>
        <source>Not included (amount not understood): %1.</source>
        <translation>Non inclus (montant incompréhensible) : %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Release %n number(s)? Each number stays yours until the end of its paid period and then goes back to Sinch&apos;s inventory, where anyone can rent it.</source>
        <translation>
            <numerusform>Libérer %n numéro ? Chaque numéro vous appartient jusqu&apos;à la fin de sa période payée, puis retourne dans l&apos;inventaire de Sinch, où n&apos;importe qui peut le louer.</numerusform>
            <numerusform>Libérer %n numéros ? Chaque numéro vous appartient jusqu&apos;à la fin de sa période payée, puis retourne dans l&apos;inventaire de Sinch, où n&apos;importe qui peut le louer.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone: there is no way to cancel a release. Calls and messages to a released number will stop reaching you after its expiry date.</source>
        <translation>Cette action est irréversible : une libération ne peut pas être annulée. Les appels et messages vers un numéro libéré ne vous parviendront plus après sa date d&apos;expiration.</translation>
    </message>
    <message>
        <source>To confirm, type the number of numbers to release (%1):</source>
        <translation>Pour confirmer, saisissez le nombre de numéros à libérer (%1) :</translation>
    </message>
    <message>
        <source>Every selected number is already being released.</source>
        <translation>Tous les numéros sélectionnés sont déjà en cours de libération.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>Libération…</translation>
    </message>
    <message>
        <source>Released: stays active until %1</source>
        <translation>Libéré : reste actif jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Retry the Ones &amp;Not Done</source>
        <translation>Réessayer les &amp;non effectués</translation>
    </message>
    <message>
        <source>Recurring charges that stopped: %1.</source>
        <translation>Frais récurrents qui ont cessé : %1.</translation>
    </message>
    <message>
        <source>No recurring charge stopped.</source>
        <translation>Aucun frais récurrent n&apos;a cessé.</translation>
    </message>
    <message>
        <source>Stop after the numbers being released now; the others are not released</source>
        <translation>S&apos;arrêter après les numéros en cours de libération ; les autres ne sont pas libérés</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Libéré</translation>
    </message>
    <message>
        <source>Not done (can be retried)</source>
        <translation>Non effectuée (peut être réessayée)</translation>
    </message>
    <message>
        <source>Outcome unknown: check it</source>
        <translation>Résultat inconnu : à vérifier</translation>
    </message>
    <message>
        <source>Not sent (stopped)</source>
        <translation>Non envoyé (arrêté)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n number(s) released by you.</source>
        <translation>
            <numerusform>%1 sur %n numéro libéré par vous.</numerusform>
            <numerusform>%1 sur %n numéros libérés par vous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry the %n Not Done</source>
        <translation>
            <numerusform>Réessayer %n non effectué</numerusform>
            <numerusform>Réessayer %n non effectués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) were already released or gone (not by you): nothing stopped for them.</source>
        <translation>
            <numerusform>%n numéro était déjà libéré ou avait disparu (pas par vous) : rien n&apos;a cessé pour lui.</numerusform>
            <numerusform>%n numéros étaient déjà libérés ou avaient disparu (pas par vous) : rien n&apos;a cessé pour eux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) were certainly not released: “Retry the Not Done” sends exactly those again.</source>
        <translation>
            <numerusform>%n numéro n&apos;a certainement pas été libéré : « Réessayer les non effectués » renvoie exactement celui-ci.</numerusform>
            <numerusform>%n numéros n&apos;ont certainement pas été libérés : « Réessayer les non effectués » renvoie exactement ceux-ci.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n number(s) the outcome could not be determined: %1. Check whether they show an expiry date (Active numbers, or Details) before releasing them again.</source>
        <translation>
            <numerusform>Pour %n numéro, le résultat n&apos;a pas pu être déterminé : %1. Vérifiez s&apos;il affiche une date d&apos;expiration (Numéros actifs ou Détails) avant de le libérer à nouveau.</numerusform>
            <numerusform>Pour %n numéros, le résultat n&apos;a pas pu être déterminé : %1. Vérifiez s&apos;ils affichent une date d&apos;expiration (Numéros actifs ou Détails) avant de les libérer à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) were not released; hover over the Result column to see why.</source>
        <translation>
            <numerusform>%n numéro n&apos;a pas été libéré ; survolez la colonne Résultat pour voir pourquoi.</numerusform>
            <numerusform>%n numéros n&apos;ont pas été libérés ; survolez la colonne Résultat pour voir pourquoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the numbers being released now…</source>
        <translation>Arrêt après les numéros en cours de libération…</translation>
    </message>
    <message>
        <source>Emergency addresses</source>
        <translation>Adresses d&apos;urgence</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>This number has a provisioned emergency (E911) address, which goes with the number when it is released:</source>
        <translation>Ce numéro a une adresse d&apos;urgence (E911) provisionnée, qui disparaît avec le numéro lorsqu&apos;il est libéré :</translation>
    </message>
    <message numerus="yes">
        <source>%n of these numbers have a provisioned emergency (E911) address, which goes with the number when it is released:</source>
        <translation>
            <numerusform>%n de ces numéros a une adresse d&apos;urgence (E911) provisionnée, qui disparaît avec le numéro lorsqu&apos;il est libéré :</numerusform>
            <numerusform>%n de ces numéros ont une adresse d&apos;urgence (E911) provisionnée, qui disparaît avec le numéro lorsqu&apos;il est libéré :</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check whether %1 has an emergency address.</source>
        <translation>Impossible de vérifier si %1 a une adresse d&apos;urgence.</translation>
    </message>
</context>
<context>
    <name>nd::RentDialog</name>
    <message>
        <source>&amp;Rent…</source>
        <translation>&amp;Louer…</translation>
    </message>
    <message>
        <source>Rent %1</source>
        <translation>Louer %1</translation>
    </message>
    <message>
        <source>Rent Any Matching Number</source>
        <translation>Louer un numéro correspondant</translation>
    </message>
    <message>
        <source>Any matching number</source>
        <translation>Numéro correspondant quelconque</translation>
    </message>
    <message>
        <source>Any %1 number in %2</source>
        <translation>Numéro %1 quelconque en %2</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>correspondant à « %1 »</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numéro :</translation>
    </message>
    <message>
        <source>Any capabilities</source>
        <translation>Fonctions quelconques</translation>
    </message>
    <message>
        <source>Must support: %1</source>
        <translation>Doit prendre en charge : %1</translation>
    </message>
    <message>
        <source>“Rent any number” works only for local numbers in the United States (US). Search for a number in %1 and rent it instead.</source>
        <translation>« Louer un numéro quelconque » ne fonctionne que pour les numéros locaux des États-Unis (US). Recherchez plutôt un numéro en %1 et louez-le.</translation>
    </message>
    <message>
        <source>a %1 number in %2</source>
        <translation>un numéro %1 en %2</translation>
    </message>
    <message>
        <source>You will be charged a one-off setup fee of %1 and %2 until you release the number.</source>
        <translation>Vous paierez des frais de mise en service uniques de %1, puis %2 jusqu&apos;à la libération du numéro.</translation>
    </message>
    <message>
        <source>%1, %2 in %3</source>
        <translation>%1, %2 en %3</translation>
    </message>
    <message>
        <source>This number needs supporting (regulatory) documents before it can be used.</source>
        <translation>Ce numéro exige des justificatifs (réglementaires) avant de pouvoir être utilisé.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Checking that %1 is still available…</source>
        <translation>Vérification que %1 est toujours disponible…</translation>
    </message>
    <message>
        <source>Available. Review the price and configuration, then press Rent.</source>
        <translation>Disponible. Vérifiez le prix et la configuration, puis cliquez sur Louer.</translation>
    </message>
    <message>
        <source>Stopped before the price was confirmed.</source>
        <translation>Arrêté avant la confirmation du prix.</translation>
    </message>
    <message>
        <source>Could not confirm availability and price; the number cannot be rented until they are confirmed.</source>
        <translation>La disponibilité et le prix n&apos;ont pas pu être confirmés ; le numéro ne peut pas être loué tant qu&apos;ils ne le sont pas.</translation>
    </message>
    <message>
        <source>Looking up the current price of matching numbers…</source>
        <translation>Recherche du prix actuel des numéros correspondants…</translation>
    </message>
    <message>
        <source>Could not look up the price; nothing can be rented until it is known.</source>
        <translation>Le prix n&apos;a pas pu être obtenu ; rien ne peut être loué tant qu&apos;il n&apos;est pas connu.</translation>
    </message>
    <message>
        <source>No matching number is available right now.</source>
        <translation>Aucun numéro correspondant n&apos;est disponible pour le moment.</translation>
    </message>
    <message>
        <source>Matching numbers have different prices; the highest current price is shown. The number you get may cost less.</source>
        <translation>Les numéros correspondants ont des prix différents ; le prix actuel le plus élevé est affiché. Le numéro obtenu peut coûter moins cher.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching number(s) available. You cannot choose which one you get.</source>
        <translation>
            <numerusform>%n numéro correspondant disponible. Vous ne pouvez pas choisir celui que vous obtenez.</numerusform>
            <numerusform>%n numéros correspondants disponibles. Vous ne pouvez pas choisir celui que vous obtenez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rent any matching number?</source>
        <translation>Louer un numéro correspondant quelconque ?</translation>
    </message>
    <message>
        <source>Rent %1?</source>
        <translation>Louer %1 ?</translation>
    </message>
    <message>
        <source>You cannot choose which number you get.</source>
        <translation>Vous ne pouvez pas choisir le numéro que vous obtenez.</translation>
    </message>
    <message>
        <source>Confirm Rent</source>
        <translation>Confirmer la location</translation>
    </message>
    <message>
        <source>&amp;Rent and Pay</source>
        <translation>&amp;Louer et payer</translation>
    </message>
    <message>
        <source>Renting %1…</source>
        <translation>Location de %1…</translation>
    </message>
    <message>
        <source>Preparing: listing your current numbers so the result can be verified…</source>
        <translation>Préparation : liste de vos numéros actuels pour pouvoir vérifier le résultat…</translation>
    </message>
    <message>
        <source>Renting a matching number…</source>
        <translation>Location d&apos;un numéro correspondant…</translation>
    </message>
    <message>
        <source>Nothing was rented.</source>
        <translation>Rien n&apos;a été loué.</translation>
    </message>
    <message>
        <source>%1 is now rented. Next charge: %2.</source>
        <translation>%1 est maintenant loué. Prochaine facturation : %2.</translation>
    </message>
    <message>
        <source>The configuration is applied in the background:</source>
        <translation>La configuration est appliquée en arrière-plan :</translation>
    </message>
    <message>
        <source>Rented %1.</source>
        <translation>%1 loué.</translation>
    </message>
    <message>
        <source>Checking whether %1 was rented…</source>
        <translation>Vérification de la location de %1…</translation>
    </message>
    <message>
        <source>Unknown whether %1 was rented.</source>
        <translation>On ignore si %1 a été loué.</translation>
    </message>
    <message>
        <source>Please wait until the check finishes, or press Stop.</source>
        <translation>Patientez jusqu&apos;à la fin de la vérification, ou cliquez sur Arrêter.</translation>
    </message>
    <message>
        <source>Not rented by you: it already belongs to this project.</source>
        <translation>Non loué par vous : il appartient déjà à ce projet.</translation>
    </message>
    <message>
        <source>The server is busy (rate limit): waiting to send the rent again. Nothing has been rented yet.</source>
        <translation>Le serveur est occupé (limite de débit) : attente avant de renvoyer la location. Rien n&apos;a encore été loué.</translation>
    </message>
    <message>
        <source>No clear answer from the server. Checking whether the rent went through; it will not be sent again.</source>
        <translation>Pas de réponse claire du serveur. Vérification de la prise en compte de la location ; elle ne sera pas renvoyée.</translation>
    </message>
    <message>
        <source>Press “Check again” to read the state once more; nothing is sent.</source>
        <translation>Cliquez sur « Vérifier à nouveau » pour relire l&apos;état ; rien n&apos;est envoyé.</translation>
    </message>
</context>
<context>
    <name>nd::RentSteps</name>
    <message>
        <source>%1: could not be checked (%2); left out.</source>
        <translation>%1 : n&apos;a pas pu être vérifié (%2) ; écarté.</translation>
    </message>
    <message>
        <source>Left out.</source>
        <translation>Écarté.</translation>
    </message>
</context>
<context>
    <name>nd::SearchPanel</name>
    <message>
        <source>Note about the digit pattern</source>
        <translation>Remarque sur le motif de chiffres</translation>
    </message>
    <message>
        <source>“%1” was cleared: numbers of %2 start with +%3.</source>
        <translation>« %1 » a été effacé : les numéros de %2 commencent par +%3.</translation>
    </message>
    <message>
        <source>“%1” cannot match: numbers of %2 start with +%3. Leave out the country code or use +%3.</source>
        <translation>« %1 » ne peut correspondre à aucun numéro : les numéros de %2 commencent par +%3. Omettez l&apos;indicatif du pays ou utilisez +%3.</translation>
    </message>
    <message>
        <source>Results of the previous search (%1). Press Search to update them.</source>
        <translation>Résultats de la recherche précédente (%1). Cliquez sur Rechercher pour les mettre à jour.</translation>
    </message>
    <message>
        <source>starting with %1</source>
        <translation>commençant par %1</translation>
    </message>
    <message>
        <source>ending with %1</source>
        <translation>se terminant par %1</translation>
    </message>
    <message>
        <source>containing %1</source>
        <translation>contenant %1</translation>
    </message>
    <message numerus="yes">
        <source>at most %n</source>
        <translation>
            <numerusform>au plus %n</numerusform>
            <numerusform>au plus %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a region on the left, then Search.</source>
        <translation>Choisissez une région à gauche, puis cliquez sur Rechercher.</translation>
    </message>
    <message>
        <source>Press Search to list the available numbers of %1.</source>
        <translation>Cliquez sur Rechercher pour lister les numéros disponibles de %1.</translation>
    </message>
</context>
<context>
    <name>nd::SecretStore</name>
    <message numerus="yes">
        <source>The system keychain is not available: it did not answer within %n s.</source>
        <translation>
            <numerusform>Le trousseau du système n&apos;est pas disponible : il n&apos;a pas répondu en %n s.</numerusform>
            <numerusform>Le trousseau du système n&apos;est pas disponible : il n&apos;a pas répondu en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Le trousseau du système n&apos;est pas disponible : %1</translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation>Impossible de lire le fichier de secrets %1 : %2</translation>
    </message>
    <message>
        <source>The secret file %1 is damaged. Fix or remove it, then enter the key secret again.</source>
        <translation>Le fichier de secrets %1 est endommagé. Corrigez-le ou supprimez-le, puis saisissez à nouveau le secret de clé.</translation>
    </message>
    <message>
        <source>Cannot save the secret file %1: %2</source>
        <translation>Impossible d&apos;enregistrer le fichier de secrets %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>No key secret is stored for the profile &quot;%1&quot;.</source>
        <translation>Aucun secret de clé n&apos;est enregistré pour le profil « %1 ».</translation>
    </message>
    <message>
        <source>The system keychain returned a different value than was stored.</source>
        <translation>Le trousseau du système a renvoyé une valeur différente de celle enregistrée.</translation>
    </message>
    <message>
        <source>The system keychain was not used: its password prompt was cancelled.</source>
        <translation>Le trousseau du système n&apos;a pas été utilisé : sa demande de mot de passe a été annulée.</translation>
    </message>
</context>
<context>
    <name>nd::SendTestTab</name>
    <message>
        <source>Se&amp;nd</source>
        <translation>E&amp;nvoyer</translation>
    </message>
    <message>
        <source>Your endpoint, e.g. http://127.0.0.1:8080/sinch/numbers</source>
        <translation>Votre point de terminaison, p. ex. http://127.0.0.1:8080/sinch/numbers</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>É&amp;vénement :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>Numér&amp;o :</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable phone number: %2</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone utilisable : %2</translation>
    </message>
    <message>
        <source>Send a test callback?</source>
        <translation>Envoyer un rappel de test ?</translation>
    </message>
    <message>
        <source>Send a signed test event to %1? It is signed with the project&apos;s real secret.</source>
        <translation>Envoyer un événement de test signé à %1 ? Il est signé avec le vrai secret du projet.</translation>
    </message>
    <message>
        <source>Not connected: the project&apos;s secret cannot be read.</source>
        <translation>Non connecté : le secret du projet ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Reading the project&apos;s callback secret…</source>
        <translation>Lecture du secret de rappel du projet…</translation>
    </message>
    <message>
        <source>The project&apos;s callback secret could not be read: %1</source>
        <translation>Le secret de rappel du projet n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Envoyé :</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Pas de réponse : %1</translation>
    </message>
    <message>
        <source>Answer: HTTP %1 %2 in %3 ms</source>
        <translation>Réponse : HTTP %1 %2 en %3 ms</translation>
    </message>
    <message>
        <source>A receiver should answer 2xx to a callback it accepts; Sinch retries the others.</source>
        <translation>Un récepteur doit répondre 2xx à un rappel qu&apos;il accepte ; Sinch renvoie les autres.</translation>
    </message>
</context>
<context>
    <name>nd::SessionController</name>
    <message>
        <source>Waiting for the keychain: answer the password prompt of your desktop.</source>
        <translation>En attente du trousseau : répondez à la demande de mot de passe de votre bureau.</translation>
    </message>
    <message>
        <source>Reading the key secret…</source>
        <translation>Lecture du secret de clé…</translation>
    </message>
    <message>
        <source>Profile “%1” has no usable key secret: %2
Open File → Settings to enter it.</source>
        <translation>Le profil « %1 » n&apos;a pas de secret de clé utilisable : %2
Ouvrez Fichier → Paramètres pour le saisir.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Le bac à sable intégré n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Profile “%1” cannot be used: %2
Open File → Settings to fix it.</source>
        <translation>Le profil « %1 » est inutilisable : %2
Ouvrez Fichier → Paramètres pour le corriger.</translation>
    </message>
</context>
<context>
    <name>nd::SettingsDialog</name>
    <message>
        <source>OAuth2 (recommended)</source>
        <translation>OAuth2 (recommandé)</translation>
    </message>
    <message>
        <source>Basic (testing only; heavily rate-limited)</source>
        <translation>Basic (tests uniquement ; débit très limité)</translation>
    </message>
    <message>
        <source>Stored securely; type to replace</source>
        <translation>Stocké de façon sûre ; tapez pour remplacer</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Hide the key secret</source>
        <translation>Masquer le secret de clé</translation>
    </message>
    <message>
        <source>Show the key secret</source>
        <translation>Afficher le secret de clé</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (intégré)</translation>
    </message>
    <message>
        <source>Shown once when the key is created</source>
        <translation>Affiché une seule fois à la création de la clé</translation>
    </message>
    <message>
        <source>Warning: the key secret of this profile is stored in %1, a file readable only by you. That is less protected than the system keychain.</source>
        <translation>Avertissement : le secret de clé de ce profil est stocké dans %1, un fichier lisible par vous seul. C&apos;est moins protégé que le trousseau du système.</translation>
    </message>
    <message>
        <source>The key secret of this profile is kept only until NumberDesk quits.</source>
        <translation>Le secret de clé de ce profil n&apos;est conservé que jusqu&apos;à la fermeture de NumberDesk.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Nouveau profil %1</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation>Supprimer le profil « %1 » ?</translation>
    </message>
    <message>
        <source>Its stored key secret is deleted too. The Sinch project and its numbers are not affected.</source>
        <translation>Son secret de clé enregistré est également supprimé. Le projet Sinch et ses numéros ne sont pas affectés.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The profile was removed, but its secret could not be deleted: %1</source>
        <translation>Le profil a été supprimé, mais son secret n&apos;a pas pu être effacé : %1</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>Profil « %1 » enregistré.</translation>
    </message>
    <message>
        <source>The stored key secret could not be moved to the new name: %1</source>
        <translation>Le secret de clé enregistré n&apos;a pas pu être transféré au nouveau nom : %1</translation>
    </message>
    <message>
        <source>Profile “%1” saved; its key secret is in the system keychain.</source>
        <translation>Profil « %1 » enregistré ; son secret de clé est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Keychain Unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>The key secret of “%1” cannot be stored in the system keychain.</source>
        <translation>Le secret de clé de « %1 » ne peut pas être stocké dans le trousseau du système.</translation>
    </message>
    <message>
        <source>%1

You can keep the secret only until NumberDesk quits (you will have to enter it again next time), or store it in a file that only your user account can read (%2). The file is not encrypted.</source>
        <translation>%1

Vous pouvez conserver le secret uniquement jusqu&apos;à la fermeture de NumberDesk (il faudra le saisir à nouveau la prochaine fois), ou le stocker dans un fichier lisible seulement par votre compte utilisateur (%2). Le fichier n&apos;est pas chiffré.</translation>
    </message>
    <message>
        <source>Keep for This &amp;Session Only</source>
        <translation>Conserver pour cette &amp;session seulement</translation>
    </message>
    <message>
        <source>Store in a &amp;File Only I Can Read</source>
        <translation>Stocker dans un &amp;fichier lisible par moi seul</translation>
    </message>
    <message>
        <source>Profile “%1” was saved without its key secret. Enter the secret again to use the profile.</source>
        <translation>Le profil « %1 » a été enregistré sans son secret de clé. Saisissez à nouveau le secret pour utiliser le profil.</translation>
    </message>
    <message>
        <source>Profile “%1” saved. Its key secret is in a file readable only by you: less protected than the system keychain.</source>
        <translation>Profil « %1 » enregistré. Son secret de clé est dans un fichier lisible par vous seul : moins protégé que le trousseau du système.</translation>
    </message>
    <message>
        <source>Profile “%1” saved. Its key secret is kept until NumberDesk quits.</source>
        <translation>Profil « %1 » enregistré. Son secret de clé est conservé jusqu&apos;à la fermeture de NumberDesk.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Not tested.</source>
        <translation>Non testé.</translation>
    </message>
    <message numerus="yes">
        <source>Connection works: %n region(s) available.</source>
        <translation>
            <numerusform>La connexion fonctionne : %n région disponible.</numerusform>
            <numerusform>La connexion fonctionne : %n régions disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection failed.</source>
        <translation>Échec de la connexion.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Waiting for the keychain: answer the password prompt of your desktop.</source>
        <translation>En attente du trousseau : répondez à la demande de mot de passe de votre bureau.</translation>
    </message>
    <message>
        <source>Not needed for the Sandbox</source>
        <translation>Inutile pour le profil Sandbox</translation>
    </message>
    <message>
        <source>Stored in a file; type to replace</source>
        <translation>Stocké dans un fichier ; tapez pour remplacer</translation>
    </message>
    <message>
        <source>Kept until NumberDesk quits; type to replace</source>
        <translation>Conservé jusqu&apos;à la fermeture de NumberDesk ; tapez pour remplacer</translation>
    </message>
    <message>
        <source>How many pages of the inventory are requested at once when the local mirror is synced. %1 suits most connections; over a slow or distant one, up to %2 makes the sync faster. When the server limits the request rate, the sync slows down by itself.</source>
        <translation>Nombre de pages de l&apos;inventaire demandées en même temps lors de la synchronisation de la copie locale. %1 convient à la plupart des connexions ; sur une connexion lente ou lointaine, jusqu&apos;à %2 accélère la synchronisation. Quand le serveur limite le débit des requêtes, la synchronisation ralentit d&apos;elle-même.</translation>
    </message>
</context>
<context>
    <name>nd::SignatureCheckTab</name>
    <message>
        <source>The request body exactly as received: every byte counts, even a final newline</source>
        <translation>Le corps de la requête exactement tel que reçu : chaque octet compte, même un saut de ligne final</translation>
    </message>
    <message>
        <source>The X-Sinch-Signature header value (40 hexadecimal digits)</source>
        <translation>La valeur de l&apos;en-tête X-Sinch-Signature (40 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>The project&apos;s HMAC secret</source>
        <translation>Le secret HMAC du projet</translation>
    </message>
    <message>
        <source>Optional: the previous secret, during a rotation</source>
        <translation>Facultatif : le secret précédent, pendant un renouvellement</translation>
    </message>
    <message>
        <source>Raw &amp;body:</source>
        <translation>&amp;Corps brut :</translation>
    </message>
    <message>
        <source>&amp;Signature header:</source>
        <translation>En-tête de &amp;signature :</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>S&amp;ecret :</translation>
    </message>
    <message>
        <source>&amp;Previous secret:</source>
        <translation>Secret &amp;précédent :</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdict :</translation>
    </message>
    <message>
        <source>Expected signature:</source>
        <translation>Signature attendue :</translation>
    </message>
    <message>
        <source>Enter the secret to check the signature.</source>
        <translation>Saisissez le secret pour vérifier la signature.</translation>
    </message>
</context>
<context>
    <name>nd::SmsErrorText</name>
    <message>
        <source>No specific reason was given</source>
        <translation>Aucune raison précise n&apos;a été donnée</translation>
    </message>
    <message>
        <source>Sinch had an internal failure</source>
        <translation>Sinch a subi une défaillance interne</translation>
    </message>
    <message>
        <source>Linking the number to the SMS service plan failed</source>
        <translation>La liaison du numéro au plan de service SMS a échoué</translation>
    </message>
    <message>
        <source>Linking the number to the 10DLC campaign failed</source>
        <translation>La liaison du numéro à la campagne 10DLC a échoué</translation>
    </message>
    <message>
        <source>The 10DLC campaign is not available</source>
        <translation>La campagne 10DLC n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>The 10DLC number limit has been reached</source>
        <translation>La limite de numéros 10DLC est atteinte</translation>
    </message>
    <message>
        <source>Provisioning the number failed</source>
        <translation>Le provisionnement du numéro a échoué</translation>
    </message>
    <message>
        <source>A partner service is unavailable; try again later</source>
        <translation>Un service partenaire est indisponible ; réessayez plus tard</translation>
    </message>
    <message>
        <source>The 10DLC campaign has not been accepted yet</source>
        <translation>La campagne 10DLC n&apos;a pas encore été acceptée</translation>
    </message>
    <message>
        <source>Sharing the campaign with the mobile operators failed</source>
        <translation>Le partage de la campagne avec les opérateurs mobiles a échoué</translation>
    </message>
    <message>
        <source>The 10DLC campaign has expired</source>
        <translation>La campagne 10DLC a expiré</translation>
    </message>
    <message>
        <source>A mobile operator rejected the campaign</source>
        <translation>Un opérateur mobile a rejeté la campagne</translation>
    </message>
    <message>
        <source>A mobile operator suspended the campaign</source>
        <translation>Un opérateur mobile a suspendu la campagne</translation>
    </message>
    <message>
        <source>The campaign is under review by a mobile operator</source>
        <translation>La campagne est en cours d&apos;examen par un opérateur mobile</translation>
    </message>
    <message>
        <source>The account balance is too low to pay the fees</source>
        <translation>Le solde du compte est insuffisant pour payer les frais</translation>
    </message>
    <message>
        <source>Test (mock) campaigns are not allowed</source>
        <translation>Les campagnes de test (fictives) ne sont pas autorisées</translation>
    </message>
    <message>
        <source>Toll-free numbers are not allowed for this</source>
        <translation>Les numéros gratuits ne sont pas autorisés pour cela</translation>
    </message>
    <message>
        <source>The NNID is invalid</source>
        <translation>Le NNID n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Erreur inconnue</translation>
    </message>
</context>
<context>
    <name>nd::SmsVoiceConfigWidget</name>
    <message>
        <source>Voice API app (RTC)</source>
        <translation>Application Voice API (RTC)</translation>
    </message>
    <message>
        <source>Elastic SIP trunk (EST)</source>
        <translation>Trunk SIP élastique (EST)</translation>
    </message>
    <message>
        <source>Fax service (FAX)</source>
        <translation>Service de fax (FAX)</translation>
    </message>
    <message>
        <source>Trunk &amp;ID:</source>
        <translation>&amp;ID du trunk :</translation>
    </message>
    <message>
        <source>Elastic SIP trunk ID</source>
        <translation>ID du trunk SIP élastique</translation>
    </message>
    <message>
        <source>The SIP trunk that receives the calls</source>
        <translation>Le trunk SIP qui reçoit les appels</translation>
    </message>
    <message>
        <source>Service &amp;ID:</source>
        <translation>&amp;ID du service :</translation>
    </message>
    <message>
        <source>Fax service ID</source>
        <translation>ID du service de fax</translation>
    </message>
    <message>
        <source>The Fax API service that receives faxes</source>
        <translation>Le service Fax API qui reçoit les fax</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>&amp;ID de l&apos;application :</translation>
    </message>
    <message>
        <source>Voice API app ID</source>
        <translation>ID de l&apos;application Voice API</translation>
    </message>
    <message>
        <source>The Voice API application that handles the calls</source>
        <translation>L&apos;application Voice API qui traite les appels</translation>
    </message>
    <message>
        <source>Enter the service plan ID, or switch SMS off.</source>
        <translation>Saisissez l&apos;ID du plan de service ou désactivez les SMS.</translation>
    </message>
    <message>
        <source>A campaign can only be linked together with a service plan: enter the service plan ID.</source>
        <translation>Une campagne ne peut être liée qu&apos;avec un plan de service : saisissez l&apos;ID du plan de service.</translation>
    </message>
    <message>
        <source>IDs cannot contain spaces.</source>
        <translation>Les ID ne peuvent pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>Enter the ID of the %1, or switch voice off.</source>
        <translation>Saisissez l&apos;ID de « %1 » ou désactivez la voix.</translation>
    </message>
    <message>
        <source>The callback URL must be a web address starting with https:// (or http://) followed by a host name.</source>
        <translation>L&apos;URL de rappel doit être une adresse web commençant par https:// (ou http://) suivie d&apos;un nom d&apos;hôte.</translation>
    </message>
</context>
<context>
    <name>nd::cli::ActivityCommand</name>
    <message>
        <source>the activity log cannot be read: %1</source>
        <translation>impossible de lire le journal d&apos;activité : %1</translation>
    </message>
    <message>
        <source>the activity log could not be exported: %1</source>
        <translation>le journal d&apos;activité n&apos;a pas pu être exporté : %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Cost effect</source>
        <translation>Effet sur les coûts</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>No recorded actions match (activity log: %1).</source>
        <translation>Aucune action enregistrée ne correspond (journal d&apos;activité : %1).</translation>
    </message>
</context>
<context>
    <name>nd::cli::BillableCommands</name>
    <message>
        <source>  SMS service plan: unlink</source>
        <translation>  Plan de service SMS : délier</translation>
    </message>
    <message>
        <source>  SMS service plan: %1</source>
        <translation>  Plan de service SMS : %1</translation>
    </message>
    <message>
        <source>  10DLC campaign: unlink</source>
        <translation>  Campagne 10DLC : délier</translation>
    </message>
    <message>
        <source>  10DLC campaign: %1</source>
        <translation>  Campagne 10DLC : %1</translation>
    </message>
    <message>
        <source>  Voice (%1): unlink</source>
        <translation>  Voix (%1) : délier</translation>
    </message>
    <message>
        <source>  Voice (%1): %2</source>
        <translation>  Voix (%1) : %2</translation>
    </message>
    <message>
        <source>  Callback URL: remove</source>
        <translation>  URL de rappel : supprimer</translation>
    </message>
    <message>
        <source>  Callback URL: %1</source>
        <translation>  URL de rappel : %1</translation>
    </message>
    <message>
        <source>  Pattern: %1 anywhere in the number (CONTAINS)</source>
        <translation>  Motif : %1 n&apos;importe où dans le numéro (CONTAINS)</translation>
    </message>
    <message>
        <source>  Pattern: number ends with %1 (END)</source>
        <translation>  Motif : le numéro se termine par %1 (END)</translation>
    </message>
    <message>
        <source>  Pattern: number starts with %1 (START)</source>
        <translation>  Motif : le numéro commence par %1 (START)</translation>
    </message>
    <message>
        <source>Renting %1 (%2, %3, %4).
  Setup price: %5
  Then %6 every %7</source>
        <translation>Location de %1 (%2, %3, %4).
  Prix de mise en service : %5
  Puis %6 par %7</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>billing period</source>
        <translation>période de facturation</translation>
    </message>
    <message>
        <source>  Supporting (regulatory) documentation is required for this number.</source>
        <translation>  Des justificatifs (réglementaires) sont exigés pour ce numéro.</translation>
    </message>
    <message>
        <source>Renting any %1 %2 number.</source>
        <translation>Location d&apos;un numéro quelconque (%1, %2).</translation>
    </message>
    <message>
        <source>  Capabilities: %1</source>
        <translation>  Fonctions : %1</translation>
    </message>
    <message>
        <source>  The number and its price are chosen by Sinch (see &apos;available search&apos; for typical prices); you are billed its setup and recurring price.</source>
        <translation>  Le numéro et son prix sont choisis par Sinch (voir « available search » pour les prix habituels) ; ses frais de mise en service et son prix récurrent vous sont facturés.</translation>
    </message>
    <message>
        <source>%1 already has these settings: nothing to change.</source>
        <translation>%1 a déjà ces paramètres : rien à modifier.</translation>
    </message>
    <message>
        <source>Updating %1:</source>
        <translation>Mise à jour de %1 :</translation>
    </message>
    <message numerus="yes">
        <source>  This takes %n requests: the API links a number to another service plan or campaign only after the old one was unlinked; until the new link is provisioned the number cannot send or receive SMS.</source>
        <translation>
            <numerusform>  Cela demande %n requête : l&apos;API ne lie un numéro à un autre plan de service ou à une autre campagne qu&apos;une fois l&apos;ancien délié ; tant que la nouvelle liaison n&apos;est pas provisionnée, le numéro ne peut ni envoyer ni recevoir de SMS.</numerusform>
            <numerusform>  Cela demande %n requêtes : l&apos;API ne lie un numéro à un autre plan de service ou à une autre campagne qu&apos;une fois l&apos;ancien délié ; tant que la nouvelle liaison n&apos;est pas provisionnée, le numéro ne peut ni envoyer ni recevoir de SMS.</numerusform>
        </translation>
    </message>
    <message>
        <source>Releasing %1 (%2, %3%4).</source>
        <translation>Libération de %1 (%2, %3%4).</translation>
    </message>
    <message>
        <source>  You currently pay %1 every %2.</source>
        <translation>  Vous payez actuellement %1 par %2.</translation>
    </message>
    <message>
        <source>  The number stays yours until the end of the paid period (%1), then it is returned to the inventory.</source>
        <translation>  Le numéro vous appartient jusqu&apos;à la fin de la période payée (%1), puis retourne dans l&apos;inventaire.</translation>
    </message>
    <message>
        <source>  The number stays yours until the end of the paid period, then it is returned to the inventory.</source>
        <translation>  Le numéro vous appartient jusqu&apos;à la fin de la période payée, puis retourne dans l&apos;inventaire.</translation>
    </message>
    <message>
        <source>  This cannot be undone.</source>
        <translation>  Cette action est irréversible.</translation>
    </message>
    <message>
        <source>  Note: it is already being released (expires %1).</source>
        <translation>  Remarque : il est déjà en cours de libération (expire le %1).</translation>
    </message>
    <message>
        <source>Setting the emergency address of %1 to:
  %2 (%3)
  Emergency services will be sent to this address. Tip: run &apos;emergency validate&apos; first.</source>
        <translation>Définition de l&apos;adresse d&apos;urgence de %1 :
  %2 (%3)
  Les secours seront envoyés à cette adresse. Conseil : lancez d&apos;abord « emergency validate ».</translation>
    </message>
    <message>
        <source>  It replaces: %1</source>
        <translation>  Elle remplace : %1</translation>
    </message>
    <message>
        <source>%1 has no emergency address: nothing to remove.</source>
        <translation>%1 n&apos;a pas d&apos;adresse d&apos;urgence : rien à supprimer.</translation>
    </message>
    <message>
        <source>Removing the emergency address of %1:
  %2
  Emergency calls from this number will have no dispatch address.</source>
        <translation>Suppression de l&apos;adresse d&apos;urgence de %1 :
  %2
  Les appels d&apos;urgence depuis ce numéro n&apos;auront plus d&apos;adresse d&apos;intervention.</translation>
    </message>
    <message>
        <source>the HMAC secret must be 32 to 64 characters of A-Z, a-z, 0-9 and - (the one given has length %1)</source>
        <translation>le secret HMAC doit comporter de 32 à 64 caractères parmi A-Z, a-z, 0-9 et - (celui fourni a une longueur de %1)</translation>
    </message>
    <message>
        <source>Replacing the callback HMAC secret of project %1.
  Receivers still verifying signatures with the old secret will reject new events until they are updated.</source>
        <translation>Remplacement du secret HMAC des rappels du projet %1.
  Les récepteurs qui vérifient encore les signatures avec l&apos;ancien secret rejetteront les nouveaux événements jusqu&apos;à leur mise à jour.</translation>
    </message>
</context>
<context>
    <name>nd::cli::BulkCommands</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1:%2: &apos;%3&apos;: %4</source>
        <translation>%1:%2 : « %3 » : %4</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 are not usable phone numbers: nothing was started</source>
        <translation>
            <numerusform>%n ligne de %1 n&apos;est pas un numéro de téléphone utilisable : rien n&apos;a été lancé</numerusform>
            <numerusform>%n lignes de %1 ne sont pas des numéros de téléphone utilisables : rien n&apos;a été lancé</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no phone numbers: nothing was started</source>
        <translation>%1 ne contient aucun numéro de téléphone : rien n&apos;a été lancé</translation>
    </message>
    <message>
        <source>there is no local inventory yet at %1: run &apos;numberdesk-cli inventory sync&apos; first (with the same connection options)</source>
        <translation>il n&apos;y a pas encore d&apos;inventaire local dans %1 : lancez d&apos;abord « numberdesk-cli inventory sync » (avec les mêmes options de connexion)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 every %2</source>
        <translation>%1 tous les %2</translation>
    </message>
    <message>
        <source>already so: nothing to send</source>
        <translation>déjà ainsi : rien à envoyer</translation>
    </message>
    <message>
        <source>release: stops %1</source>
        <translation>libération : %1 cesse</translation>
    </message>
    <message>
        <source>rent: setup %1, then %2</source>
        <translation>location : mise en service %1, puis %2</translation>
    </message>
    <message>
        <source>remove the emergency address</source>
        <translation>supprimer l&apos;adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>  Setup prices: %1</source>
        <translation>  Frais de mise en service : %1</translation>
    </message>
    <message>
        <source>  Recurring prices that start: %1</source>
        <translation>  Prix récurrents qui commencent : %1</translation>
    </message>
    <message>
        <source>  Recurring prices that stop: %1</source>
        <translation>  Prix récurrents qui cessent : %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n number(s) already have these settings: nothing is sent for them.</source>
        <translation>
            <numerusform>  %n numéro a déjà ces paramètres : rien ne lui est envoyé.</numerusform>
            <numerusform>  %n numéros ont déjà ces paramètres : rien ne leur est envoyé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renting %n number(s) (billable).</source>
        <translation>
            <numerusform>Location de %n numéro (facturable).</numerusform>
            <numerusform>Location de %n numéros (facturable).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updating %n number(s).</source>
        <translation>
            <numerusform>Mise à jour de %n numéro.</numerusform>
            <numerusform>Mise à jour de %n numéros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Releasing %n number(s) at the end of their paid periods. This cannot be undone.</source>
        <translation>
            <numerusform>Libération de %n numéro à la fin de sa période payée. Cette action est irréversible.</numerusform>
            <numerusform>Libération de %n numéros à la fin de leurs périodes payées. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Simulation : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Job ID: %1</source>
        <translation>ID de la tâche : %1</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more (&apos;--dry-run&apos; lists them all).</source>
        <translation>
            <numerusform>  … et %n de plus (« --dry-run » les liste tous).</numerusform>
            <numerusform>  … et %n de plus (« --dry-run » les liste tous).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not one of your numbers in the local inventory</source>
        <translation>%1 : ne fait pas partie de vos numéros dans l&apos;inventaire local</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) of %1 are not in the local inventory (%2): nothing was started. Run &apos;numberdesk-cli inventory sync&apos; if they were rented since the last sync.</source>
        <translation>
            <numerusform>%n numéro de %1 n&apos;est pas dans l&apos;inventaire local (%2) : rien n&apos;a été lancé. Lancez « numberdesk-cli inventory sync » s&apos;il a été loué depuis la dernière synchronisation.</numerusform>
            <numerusform>%n numéros de %1 ne sont pas dans l&apos;inventaire local (%2) : rien n&apos;a été lancé. Lancez « numberdesk-cli inventory sync » s&apos;ils ont été loués depuis la dernière synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>no numbers of the local inventory match: nothing was started</source>
        <translation>aucun numéro de l&apos;inventaire local ne correspond : rien n&apos;a été lancé</translation>
    </message>
    <message>
        <source>Selected from the local inventory synced %1.</source>
        <translation>Sélectionnés dans l&apos;inventaire local synchronisé le %1.</translation>
    </message>
    <message>
        <source>the numbers of %1 cost more than --max-recurring %2 in total: nothing was started</source>
        <translation>les numéros de %1 coûtent au total plus que --max-recurring %2 : rien n&apos;a été lancé</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) left out to stay within --max-recurring %1.</source>
        <translation>
            <numerusform>%n offre écartée pour rester dans la limite de --max-recurring %1.</numerusform>
            <numerusform>%n offres écartées pour rester dans la limite de --max-recurring %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>no number can be rented: nothing was started</source>
        <translation>aucun numéro ne peut être loué : rien n&apos;a été lancé</translation>
    </message>
    <message>
        <source>Only %1 of the %2 numbers asked for are on offer.</source>
        <translation>Seuls %1 des %2 numéros demandés sont proposés.</translation>
    </message>
    <message>
        <source>remove the emergency address: %1</source>
        <translation>supprimer l&apos;adresse d&apos;urgence : %1</translation>
    </message>
    <message numerus="yes">
        <source>Removing the emergency address of %n number(s). Emergency calls from them will have no dispatch address.</source>
        <translation>
            <numerusform>Suppression de l&apos;adresse d&apos;urgence de %n numéro. Les appels d&apos;urgence depuis celui-ci n&apos;auront plus d&apos;adresse d&apos;intervention.</numerusform>
            <numerusform>Suppression de l&apos;adresse d&apos;urgence de %n numéros. Les appels d&apos;urgence depuis ceux-ci n&apos;auront plus d&apos;adresse d&apos;intervention.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no emergency address: nothing to remove; left out.</source>
        <translation>%1 n&apos;a pas d&apos;adresse d&apos;urgence : rien à supprimer ; écarté.</translation>
    </message>
    <message>
        <source>%1: the emergency address could not be read (%2); left out.</source>
        <translation>%1 : l&apos;adresse d&apos;urgence n&apos;a pas pu être lue (%2) ; écarté.</translation>
    </message>
    <message>
        <source>None of these numbers has an emergency address: nothing was started.</source>
        <translation>Aucun de ces numéros n&apos;a d&apos;adresse d&apos;urgence : rien n&apos;a été lancé.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the emergency addresses of %n number(s)...</source>
        <translation>
            <numerusform>Lecture de l&apos;adresse d&apos;urgence de %n numéro...</numerusform>
            <numerusform>Lecture des adresses d&apos;urgence de %n numéros...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::cli::BulkJob</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Effectués</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectués</translation>
    </message>
    <message>
        <source>By other</source>
        <translation>Par un autre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnus</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%2, %3): %4 of %n number(s) done, %5 already so or done by someone else, %6 not done, %7 unknown, %8 pending.</source>
        <translation>
            <numerusform>Tâche %1 (%2, %3) : %4 sur %n numéro effectués, %5 déjà ainsi ou effectués par quelqu&apos;un d&apos;autre, %6 non effectués, %7 inconnus, %8 en attente.</numerusform>
            <numerusform>Tâche %1 (%2, %3) : %4 sur %n numéros effectués, %5 déjà ainsi ou effectués par quelqu&apos;un d&apos;autre, %6 non effectués, %7 inconnus, %8 en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message numerus="yes">
        <source>Reading back %n step(s) that were in flight when the job stopped...</source>
        <translation>
            <numerusform>Relecture de %n étape qui était en cours à l&apos;arrêt de la tâche...</numerusform>
            <numerusform>Relecture de %n étapes qui étaient en cours à l&apos;arrêt de la tâche...</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1: %2 of %3 numbers finished...</source>
        <translation>Tâche %1 : %2 numéros sur %3 terminés...</translation>
    </message>
    <message>
        <source>Job %1: %2 of %3 numbers finished, about %4 left...</source>
        <translation>Tâche %1 : %2 numéros sur %3 terminés, environ %4 restant...</translation>
    </message>
    <message>
        <source>Rate limited by the server: every step waits %1...</source>
        <translation>Débit limité par le serveur : chaque étape attend %1...</translation>
    </message>
    <message>
        <source>job %1 stopped: %2 Resume it with &apos;numberdesk-cli bulk resume %1&apos;.</source>
        <translation>tâche %1 arrêtée : %2 Reprenez-la avec « numberdesk-cli bulk resume %1 ».</translation>
    </message>
    <message>
        <source>job %1 paused; resume it with &apos;numberdesk-cli bulk resume %1&apos;.</source>
        <translation>tâche %1 en pause ; reprenez-la avec « numberdesk-cli bulk resume %1 ».</translation>
    </message>
    <message>
        <source>To try the numbers not done again: numberdesk-cli bulk resume %1</source>
        <translation>Pour réessayer les numéros non effectués : numberdesk-cli bulk resume %1</translation>
    </message>
    <message>
        <source>Check the numbers whose outcome is unknown (&apos;bulk status %1&apos;) before trying again.</source>
        <translation>Vérifiez les numéros dont le résultat est inconnu (« bulk status %1 ») avant de réessayer.</translation>
    </message>
    <message>
        <source>there is no job %1 in %2</source>
        <translation>il n&apos;y a pas de tâche %1 dans %2</translation>
    </message>
    <message>
        <source>No bulk jobs yet (journal: %1).</source>
        <translation>Aucune tâche groupée pour le moment (journal : %1).</translation>
    </message>
    <message>
        <source>job %1 belongs to project %2, not %3: use the same connection options as when it was started</source>
        <translation>la tâche %1 appartient au projet %2, pas à %3 : utilisez les mêmes options de connexion qu&apos;à son lancement</translation>
    </message>
    <message>
        <source>job %1 was cancelled: start a new job for the numbers it did not do (&apos;bulk status %1&apos; lists them)</source>
        <translation>la tâche %1 a été annulée : lancez une nouvelle tâche pour les numéros qu&apos;elle n&apos;a pas traités (« bulk status %1 » les liste)</translation>
    </message>
    <message>
        <source>job %1 is running in another NumberDesk process</source>
        <translation>la tâche %1 est en cours dans un autre processus NumberDesk</translation>
    </message>
    <message>
        <source>Job %1 has nothing left to do.</source>
        <translation>La tâche %1 n&apos;a plus rien à faire.</translation>
    </message>
    <message numerus="yes">
        <source>Resuming job %1 (%2 of %n number(s)).</source>
        <translation>
            <numerusform>Reprise de la tâche %1 (%2, %n numéro).</numerusform>
            <numerusform>Reprise de la tâche %1 (%2, %n numéros).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n step(s) were in flight when it stopped: their state is read back first, and only what is certainly not done is sent again.</source>
        <translation>
            <numerusform>  %n étape était en cours à l&apos;arrêt : son état est d&apos;abord relu, et seul ce qui n&apos;est certainement pas effectué est renvoyé.</numerusform>
            <numerusform>  %n étapes étaient en cours à l&apos;arrêt : leur état est d&apos;abord relu, et seul ce qui n&apos;est certainement pas effectué est renvoyé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n number(s) to do.</source>
        <translation>
            <numerusform>  %n numéro à traiter.</numerusform>
            <numerusform>  %n numéros à traiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1 is running in another NumberDesk process: press Ctrl+C there (it pauses after the steps in flight), then cancel it</source>
        <translation>la tâche %1 est en cours dans un autre processus NumberDesk : appuyez sur Ctrl+C dans celui-ci (il se met en pause après les étapes en cours), puis annulez-la</translation>
    </message>
    <message>
        <source>Job %1 is already %2.</source>
        <translation>La tâche %1 est déjà à l&apos;état « %2 ».</translation>
    </message>
    <message numerus="yes">
        <source>Offers were taken by someone else: searching again for %n more number(s)...</source>
        <translation>
            <numerusform>Des offres ont été prises par quelqu&apos;un d&apos;autre : nouvelle recherche de %n numéro supplémentaire...</numerusform>
            <numerusform>Des offres ont été prises par quelqu&apos;un d&apos;autre : nouvelle recherche de %n numéros supplémentaires...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::cli::CallbackCommands</name>
    <message>
        <source>--body-file: %1 cannot be read: %2</source>
        <translation>--body-file : %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>body: %1 bytes</source>
        <translation>corps : %1 octets</translation>
    </message>
    <message>
        <source>expected signature: %1</source>
        <translation>signature attendue : %1</translation>
    </message>
    <message>
        <source>expected with the previous secret: %1</source>
        <translation>attendue avec le secret précédent : %1</translation>
    </message>
    <message>
        <source>given signature: %1</source>
        <translation>signature fournie : %1</translation>
    </message>
    <message>
        <source>warning: the project&apos;s HMAC secret could not be read again: %1</source>
        <translation>avertissement : le secret HMAC du projet n&apos;a pas pu être relu : %1</translation>
    </message>
    <message>
        <source>Listening on %1 (set it as a number&apos;s callback URL; Ctrl+C stops)</source>
        <translation>À l&apos;écoute sur %1 (définissez-la comme URL de rappel d&apos;un numéro ; Ctrl+C pour arrêter)</translation>
    </message>
    <message>
        <source>Sending a %1 %2 test event for %3, signed with the callback secret of project %4, to %5.</source>
        <translation>Envoi d&apos;un événement de test %1 %2 pour %3, signé avec le secret de rappel du projet %4, à %5.</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>envoyé : %1</translation>
    </message>
    <message>
        <source>X-Sinch-Signature: %1</source>
        <translation>X-Sinch-Signature : %1</translation>
    </message>
    <message>
        <source>answer: HTTP %1 %2 (%3 ms)</source>
        <translation>réponse : HTTP %1 %2 (%3 ms)</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 n&apos;a pas répondu : %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: a receiver should answer 2xx to a callback it accepts</source>
        <translation>%1 a répondu HTTP %2 : un récepteur doit répondre 2xx à un rappel qu&apos;il accepte</translation>
    </message>
</context>
<context>
    <name>nd::cli::CliApp</name>
    <message>
        <source>Try &apos;numberdesk-cli --help&apos;.</source>
        <translation>Essayez « numberdesk-cli --help ».</translation>
    </message>
    <message>
        <source>Try &apos;numberdesk-cli %1 --help&apos;.</source>
        <translation>Essayez « numberdesk-cli %1 --help ».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; changes your account and needs confirmation, but standard input is not a terminal. Nothing was sent. Re-run with --yes to proceed.</source>
        <translation>« %1 » modifie votre compte et demande une confirmation, mais l&apos;entrée standard n&apos;est pas un terminal. Rien n&apos;a été envoyé. Relancez avec --yes pour continuer.</translation>
    </message>
    <message>
        <source>not confirmed: standard input is not a terminal (use --yes)</source>
        <translation>non confirmé : l&apos;entrée standard n&apos;est pas un terminal (utilisez --yes)</translation>
    </message>
    <message>
        <source>Type &quot;yes&quot; to continue: </source>
        <translation>Tapez &quot;yes&quot; pour continuer : </translation>
    </message>
    <message>
        <source>not confirmed: nothing was changed</source>
        <translation>non confirmé : rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>refusing to send &apos;%1&apos;: the activity log %2 cannot be written (%3). Nothing was sent. Fix the log file or choose another one with --audit-log FILE.</source>
        <translation>refus d&apos;envoyer « %1 » : impossible d&apos;écrire dans le journal d&apos;activité %2 (%3). Rien n&apos;a été envoyé. Corrigez le fichier journal ou choisissez-en un autre avec --audit-log FILE.</translation>
    </message>
    <message>
        <source>HTTP %1 (code %2): %3</source>
        <translation>HTTP %1 (code %2) : %3</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>HTTP %1 %2 (code %3): %4</source>
        <translation>HTTP %1 %2 (code %3) : %4</translation>
    </message>
    <message>
        <source>HTTP %1 %2: %3</source>
        <translation>HTTP %1 %2 : %3</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>interrupted again: stopped without waiting for the outcome</source>
        <translation>interrompu à nouveau : arrêt sans attendre le résultat</translation>
    </message>
    <message>
        <source>Interrupted: settling the action in flight first (press Ctrl+C again to quit at once)...</source>
        <translation>Interrompu : règlement d&apos;abord de l&apos;action en cours (appuyez de nouveau sur Ctrl+C pour quitter immédiatement)...</translation>
    </message>
    <message>
        <source>Type the number of numbers (%1) to continue: </source>
        <translation>Tapez le nombre de numéros (%1) pour continuer : </translation>
    </message>
    <message>
        <source>Interrupted: pausing; the steps in flight finish first (press Ctrl+C again to quit at once)...</source>
        <translation>Interrompu : mise en pause ; les étapes en cours se terminent d&apos;abord (appuyez de nouveau sur Ctrl+C pour quitter immédiatement)...</translation>
    </message>
</context>
<context>
    <name>nd::cli::CliConnection</name>
    <message>
        <source>no saved profile named &apos;%1&apos;</source>
        <translation>aucun profil enregistré nommé « %1 »</translation>
    </message>
    <message>
        <source>no project id: give --project, set SINCH_PROJECT_ID, or use --profile, --sandbox or --inventory-db</source>
        <translation>aucun ID de projet : indiquez --project, définissez SINCH_PROJECT_ID, ou utilisez --profile, --sandbox ou --inventory-db</translation>
    </message>
    <message>
        <source>the embedded sandbox could not start: %1</source>
        <translation>le bac à sable intégré n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Embedded sandbox at %1 (project %2)</source>
        <translation>Bac à sable intégré sur %1 (projet %2)</translation>
    </message>
    <message>
        <source>the saved profiles could not be read (%1): %2</source>
        <translation>les profils enregistrés n&apos;ont pas pu être lus (%1) : %2</translation>
    </message>
    <message>
        <source>no saved profile named &apos;%1&apos; (saved profiles: %2)</source>
        <translation>aucun profil enregistré nommé « %1 » (profils enregistrés : %2)</translation>
    </message>
    <message>
        <source>no key secret for profile &apos;%1&apos;: %2 (give it with --key-secret-stdin or --key-secret-file FILE)</source>
        <translation>aucun secret de clé pour le profil « %1 » : %2 (fournissez-le avec --key-secret-stdin ou --key-secret-file FILE)</translation>
    </message>
    <message>
        <source>no project id: give --project, set SINCH_PROJECT_ID, or use --profile or --sandbox</source>
        <translation>aucun ID de projet : indiquez --project, définissez SINCH_PROJECT_ID, ou utilisez --profile ou --sandbox</translation>
    </message>
    <message>
        <source>no access key id: give --key-id, set SINCH_KEY_ID, or use --profile or --sandbox</source>
        <translation>aucun ID de clé d&apos;accès : indiquez --key-id, définissez SINCH_KEY_ID, ou utilisez --profile ou --sandbox</translation>
    </message>
    <message>
        <source>no access key secret: give --key-secret-stdin or --key-secret-file FILE, set SINCH_KEY_SECRET, or use --profile or --sandbox</source>
        <translation>aucun secret de clé d&apos;accès : indiquez --key-secret-stdin ou --key-secret-file FILE, définissez SINCH_KEY_SECRET, ou utilisez --profile ou --sandbox</translation>
    </message>
    <message>
        <source>the Numbers API URL must be an http(s) URL (got &apos;%1&apos;)</source>
        <translation>l&apos;URL de l&apos;API Numbers doit être une URL http(s) (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>the auth URL must be an http(s) URL (got &apos;%1&apos;)</source>
        <translation>l&apos;URL d&apos;authentification doit être une URL http(s) (reçu : « %1 »)</translation>
    </message>
</context>
<context>
    <name>nd::cli::CommandLine</name>
    <message>
        <source>Digits to look for (START patterns may begin with +country code)</source>
        <translation>Chiffres recherchés (les motifs START peuvent commencer par +indicatif)</translation>
    </message>
    <message>
        <source>Where the digits must appear (needs --pattern)</source>
        <translation>Position obligatoire des chiffres (exige --pattern)</translation>
    </message>
    <message>
        <source>Link the SMS service plan (&quot;&quot; unlinks, update only)</source>
        <translation>Lier le plan de service SMS (&quot;&quot; délie, update uniquement)</translation>
    </message>
    <message>
        <source>Link the US 10DLC campaign (needs --sms-service-plan; &quot;&quot; unlinks)</source>
        <translation>Lier la campagne 10DLC américaine (exige --sms-service-plan ; &quot;&quot; délie)</translation>
    </message>
    <message>
        <source>Route voice to a Voice API app (RTC)</source>
        <translation>Acheminer la voix vers une application Voice API (RTC)</translation>
    </message>
    <message>
        <source>Route voice to an Elastic SIP trunk (EST)</source>
        <translation>Acheminer la voix vers un trunk SIP élastique (EST)</translation>
    </message>
    <message>
        <source>Route voice to a Fax service (FAX)</source>
        <translation>Acheminer la voix vers un service de fax (FAX)</translation>
    </message>
    <message>
        <source>Where provisioning events for the number go</source>
        <translation>Destination des événements de provisionnement du numéro</translation>
    </message>
    <message>
        <source>Required capability (repeatable: all must be supported)</source>
        <translation>Fonction requise (répétable : toutes doivent être prises en charge)</translation>
    </message>
    <message>
        <source>Required capability</source>
        <translation>Fonction requise</translation>
    </message>
    <message>
        <source>Name shown to emergency services</source>
        <translation>Nom affiché aux services d&apos;urgence</translation>
    </message>
    <message>
        <source>Street number</source>
        <translation>Numéro de rue</translation>
    </message>
    <message>
        <source>Street name</source>
        <translation>Nom de la rue</translation>
    </message>
    <message>
        <source>Suite, floor, building (optional)</source>
        <translation>Bureau, étage, bâtiment (facultatif)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State or province (two letters in the US)</source>
        <translation>État ou province (deux lettres aux États-Unis)</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>ZIP+4 suffix (optional)</source>
        <translation>Suffixe ZIP+4 (facultatif)</translation>
    </message>
    <message>
        <source>List the regions where numbers can be obtained</source>
        <translation>Lister les régions où des numéros sont disponibles</translation>
    </message>
    <message>
        <source>Only regions offering this type (repeatable)</source>
        <translation>Uniquement les régions proposant ce type (répétable)</translation>
    </message>
    <message>
        <source>Search, check and rent numbers from the inventory</source>
        <translation>Rechercher, vérifier et louer des numéros de l&apos;inventaire</translation>
    </message>
    <message>
        <source>Search numbers you could rent</source>
        <translation>Rechercher des numéros à louer</translation>
    </message>
    <message>
        <source>Region code, e.g. US (required)</source>
        <translation>Code de région, p. ex. US (obligatoire)</translation>
    </message>
    <message>
        <source>Number type (required)</source>
        <translation>Type de numéro (obligatoire)</translation>
    </message>
    <message>
        <source>At most N results</source>
        <translation>N résultats au plus</translation>
    </message>
    <message>
        <source>Check whether one number can be rented, and its price</source>
        <translation>Vérifier si un numéro peut être loué, et son prix</translation>
    </message>
    <message>
        <source>Rent a specific number (billable)</source>
        <translation>Louer un numéro précis (facturé)</translation>
    </message>
    <message>
        <source>Rent any number matching the criteria (billable; US LOCAL only)</source>
        <translation>Louer n&apos;importe quel numéro correspondant aux critères (facturé ; US LOCAL uniquement)</translation>
    </message>
    <message>
        <source>Region code (required)</source>
        <translation>Code de région (obligatoire)</translation>
    </message>
    <message>
        <source>List, inspect, update and release your numbers</source>
        <translation>Lister, examiner, mettre à jour et libérer vos numéros</translation>
    </message>
    <message>
        <source>List the numbers you have rented</source>
        <translation>Lister les numéros que vous avez loués</translation>
    </message>
    <message>
        <source>Only this region</source>
        <translation>Uniquement cette région</translation>
    </message>
    <message>
        <source>Only this type</source>
        <translation>Uniquement ce type</translation>
    </message>
    <message>
        <source>Numbers per page</source>
        <translation>Numéros par page</translation>
    </message>
    <message>
        <source>Continue from a previous page</source>
        <translation>Reprendre à partir d&apos;une page précédente</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Ordre de tri</translation>
    </message>
    <message>
        <source>Fetch every page (all three types unless --type is given), streaming rows</source>
        <translation>Récupérer toutes les pages (les trois types sauf si --type est donné), en affichant les lignes au fil de l&apos;eau</translation>
    </message>
    <message>
        <source>Show one rented number</source>
        <translation>Afficher un numéro loué</translation>
    </message>
    <message>
        <source>Change a number&apos;s name and configuration</source>
        <translation>Modifier le nom et la configuration d&apos;un numéro</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>Nom convivial</translation>
    </message>
    <message>
        <source>Release a number at the end of its paid period (cannot be undone)</source>
        <translation>Libérer un numéro à la fin de sa période payée (irréversible)</translation>
    </message>
    <message>
        <source>Emergency (E911) address of a number</source>
        <translation>Adresse d&apos;urgence (E911) d&apos;un numéro</translation>
    </message>
    <message>
        <source>Show the emergency address</source>
        <translation>Afficher l&apos;adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Store the emergency address</source>
        <translation>Enregistrer l&apos;adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Check an address without storing it</source>
        <translation>Vérifier une adresse sans l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Remove the emergency address</source>
        <translation>Supprimer l&apos;adresse d&apos;urgence</translation>
    </message>
    <message>
        <source>Show the project&apos;s HMAC secret</source>
        <translation>Afficher le secret HMAC du projet</translation>
    </message>
    <message>
        <source>Replace the project&apos;s HMAC secret</source>
        <translation>Remplacer le secret HMAC du projet</translation>
    </message>
    <message>
        <source>Read the new secret from standard input</source>
        <translation>Lire le nouveau secret sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Numbers API base URL [NUMBERDESK_NUMBERS_URL] (default https://numbers.api.sinch.com)</source>
        <translation>URL de base de l&apos;API Numbers [NUMBERDESK_NUMBERS_URL] (par défaut https://numbers.api.sinch.com)</translation>
    </message>
    <message>
        <source>OAuth2 server base URL [NUMBERDESK_AUTH_URL] (default https://auth.sinch.com)</source>
        <translation>URL de base du serveur OAuth2 [NUMBERDESK_AUTH_URL] (par défaut https://auth.sinch.com)</translation>
    </message>
    <message>
        <source>Project id [SINCH_PROJECT_ID]</source>
        <translation>ID de projet [SINCH_PROJECT_ID]</translation>
    </message>
    <message>
        <source>Access key id [SINCH_KEY_ID]</source>
        <translation>ID de clé d&apos;accès [SINCH_KEY_ID]</translation>
    </message>
    <message>
        <source>Authentication (default oauth2)</source>
        <translation>Authentification (par défaut oauth2)</translation>
    </message>
    <message>
        <source>Use a profile saved by the NumberDesk app (secret from the keychain); &quot;Sandbox&quot; = --sandbox</source>
        <translation>Utiliser un profil enregistré par l&apos;application NumberDesk (secret tiré du trousseau) ; &quot;Sandbox&quot; = --sandbox</translation>
    </message>
    <message>
        <source>Run against an embedded sandbox with a seeded inventory (no credentials needed)</source>
        <translation>S&apos;exécuter sur un bac à sable intégré avec un inventaire prérempli (aucun identifiant nécessaire)</translation>
    </message>
    <message>
        <source>Active numbers the sandbox starts with</source>
        <translation>Numéros actifs au démarrage du bac à sable</translation>
    </message>
    <message>
        <source>Seed of the sandbox inventory</source>
        <translation>Graine de l&apos;inventaire du bac à sable</translation>
    </message>
    <message>
        <source>Keep the sandbox state in FILE, so changes survive between runs</source>
        <translation>Conserver l&apos;état du bac à sable dans FICHIER, pour que les modifications survivent entre les exécutions</translation>
    </message>
    <message>
        <source>Output format (default table)</source>
        <translation>Format de sortie (par défaut table)</translation>
    </message>
    <message>
        <source>Transfer timeout per request (default 30)</source>
        <translation>Délai de transfert par requête (par défaut 30)</translation>
    </message>
    <message>
        <source>Log each request on standard error (never secrets)</source>
        <translation>Journaliser chaque requête sur la sortie d&apos;erreur standard (jamais les secrets)</translation>
    </message>
    <message>
        <source>Show help for the command</source>
        <translation>Afficher l&apos;aide de la commande</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Afficher la version</translation>
    </message>
    <message>
        <source>unknown option %1 for &apos;%2&apos; (options start with --)</source>
        <translation>option inconnue %1 pour « %2 » (les options commencent par --)</translation>
    </message>
    <message>
        <source>unknown option --%1 for &apos;%2&apos;</source>
        <translation>option inconnue --%1 pour « %2 »</translation>
    </message>
    <message>
        <source>unknown option --%1 for &apos;%2&apos; (it takes no options)</source>
        <translation>option inconnue --%1 pour « %2 » (cette commande n&apos;accepte aucune option)</translation>
    </message>
    <message>
        <source>unknown option --%1 (command options go after the command, e.g. &apos;numberdesk-cli active list --%1&apos;)</source>
        <translation>option inconnue --%1 (les options d&apos;une commande se placent après celle-ci, p. ex. « numberdesk-cli active list --%1 »)</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2)</source>
        <translation>--%1 demande une valeur (%2)</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 n&apos;accepte pas de valeur</translation>
    </message>
    <message>
        <source>--%1 given more than once</source>
        <translation>--%1 indiqué plusieurs fois</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2)</source>
        <translation>commande inconnue « %1 » (commandes : %2)</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; for &apos;%2&apos; (choose one of: %3)</source>
        <translation>sous-commande inconnue « %1 » pour « %2 » (choisissez parmi : %3)</translation>
    </message>
    <message>
        <source>no command given (try &apos;numberdesk-cli --help&apos;)</source>
        <translation>aucune commande indiquée (essayez « numberdesk-cli --help »)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2</source>
        <translation>« %1 » demande une sous-commande : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2</source>
        <translation>« %1 » demande %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments, got &apos;%2&apos;</source>
        <translation>« %1 » n&apos;accepte aucun argument, reçu : « %2 »</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;%2&apos;</source>
        <translation>argument inattendu « %1 » pour « %2 »</translation>
    </message>
    <message>
        <source>Usage: numberdesk-cli [options] COMMAND [SUBCOMMAND] [arguments] [options]

</source>
        <translation>Usage : numberdesk-cli [options] COMMANDE [SOUS-COMMANDE] [arguments] [options]

</translation>
    </message>
    <message>
        <source>Manage Sinch phone numbers from the command line.

Commands:
</source>
        <translation>Gérer des numéros de téléphone Sinch en ligne de commande.

Commandes :
</translation>
    </message>
    <message>
        <source>
Options (accepted anywhere on the command line):
</source>
        <translation>
Options (acceptées n&apos;importe où sur la ligne de commande) :
</translation>
    </message>
    <message>
        <source>
Run &apos;numberdesk-cli COMMAND --help&apos; for the options of a command.
</source>
        <translation>
Lancez « numberdesk-cli COMMANDE --help » pour les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>Usage: numberdesk-cli %1 SUBCOMMAND [options]

%2

Subcommands:
</source>
        <translation>Usage : numberdesk-cli %1 SOUS-COMMANDE [options]

%2

Sous-commandes :
</translation>
    </message>
    <message>
        <source>
Run &apos;numberdesk-cli %1 SUBCOMMAND --help&apos; for details.
</source>
        <translation>
Lancez « numberdesk-cli %1 SOUS-COMMANDE --help » pour les détails.
</translation>
    </message>
    <message>
        <source>Usage: %1 [options]

%2
</source>
        <translation>Usage : %1 [options]

%2
</translation>
    </message>
    <message>
        <source>
This command changes your account: it shows what will happen and asks you to type &quot;yes&quot;. Without a terminal it refuses unless --yes is given (exit code 5).
</source>
        <translation>
Cette commande modifie votre compte : elle montre ce qui va se passer et vous demande de taper &quot;yes&quot;. Sans terminal, elle refuse de s&apos;exécuter sauf si --yes est donné (code de sortie 5).
</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
Options :
</translation>
    </message>
    <message>
        <source>
Global options:
</source>
        <translation>
Options globales :
</translation>
    </message>
    <message>
        <source>Show or export the activity log of billable and destructive actions</source>
        <translation>Afficher ou exporter le journal d&apos;activité des actions facturées et destructrices</translation>
    </message>
    <message>
        <source>Only actions started at or after this time</source>
        <translation>Uniquement les actions commencées à ce moment ou après</translation>
    </message>
    <message>
        <source>Only actions started before this time</source>
        <translation>Uniquement les actions commencées avant ce moment</translation>
    </message>
    <message>
        <source>Only this operation: rent, rentAny, update, release, emergencyProvision, emergencyDeprovision, callbackSecretUpdate</source>
        <translation>Uniquement cette opération : rent, rentAny, update, release, emergencyProvision, emergencyDeprovision, callbackSecretUpdate</translation>
    </message>
    <message>
        <source>Only actions on this number</source>
        <translation>Uniquement les actions sur ce numéro</translation>
    </message>
    <message>
        <source>At most N actions (newest first)</source>
        <translation>N actions au plus (les plus récentes d&apos;abord)</translation>
    </message>
    <message>
        <source>Inject faults into the sandbox, e.g. &quot;5xx=0.1,drop-after-commit@rent=1&quot; (testing)</source>
        <translation>Injecter des pannes dans le bac à sable, p. ex. &quot;5xx=0.1,drop-after-commit@rent=1&quot; (tests)</translation>
    </message>
    <message>
        <source>Delay every sandbox answer by MS milliseconds</source>
        <translation>Retarder chaque réponse du bac à sable de MS millisecondes</translation>
    </message>
    <message>
        <source>PEM file of extra CA certificates to trust [NUMBERDESK_CA_BUNDLE]</source>
        <translation>Fichier PEM de certificats d&apos;AC supplémentaires de confiance [NUMBERDESK_CA_BUNDLE]</translation>
    </message>
    <message>
        <source>Activity (audit) log of billable and destructive actions [NUMBERDESK_AUDIT_LOG]</source>
        <translation>Journal d&apos;activité (audit) des actions facturées et destructrices [NUMBERDESK_AUDIT_LOG]</translation>
    </message>
    <message>
        <source>Retries of a failed read (5xx, 429, network) before giving up (default 3; billable calls are never retried)</source>
        <translation>Nouvelles tentatives d&apos;une lecture échouée (5xx, 429, réseau) avant d&apos;abandonner (3 par défaut ; les appels facturés ne sont jamais répétés)</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (accepted, and ignored, by commands that need none)</source>
        <translation>Ne pas demander de confirmation (accepté, et ignoré, par les commandes qui n&apos;en demandent pas)</translation>
    </message>
    <message>
        <source>New secret: 32-64 characters of A-Z a-z 0-9 - (visible to other users in ps: prefer the next two)</source>
        <translation>Nouveau secret : 32 à 64 caractères parmi A-Z a-z 0-9 - (visible des autres utilisateurs dans ps : préférez les deux suivantes)</translation>
    </message>
    <message>
        <source>Read the new secret from the first line of FILE (must not be readable by others)</source>
        <translation>Lire le nouveau secret sur la première ligne de FILE (ne doit pas être lisible par les autres)</translation>
    </message>
    <message>
        <source>The local mirror of all your numbers: sync it, then list, compare and count without the network</source>
        <translation>La copie locale de tous vos numéros : synchronisez-la, puis listez, comparez et comptez sans réseau</translation>
    </message>
    <message>
        <source>Fetch every active number into the local mirror (parallel, all types)</source>
        <translation>Récupérer tous les numéros actifs dans la copie locale (en parallèle, tous types)</translation>
    </message>
    <message>
        <source>List numbers from the mirror (no network)</source>
        <translation>Lister les numéros de la copie locale (sans réseau)</translation>
    </message>
    <message>
        <source>Only numbers whose display name contains TEXT (any case)</source>
        <translation>Uniquement les numéros dont le nom d&apos;affichage contient TEXT (sans tenir compte de la casse)</translation>
    </message>
    <message>
        <source>Only numbers being released (yes) or not (no)</source>
        <translation>Uniquement les numéros en cours de libération (yes) ou non (no)</translation>
    </message>
    <message>
        <source>Order (default number)</source>
        <translation>Tri (number par défaut)</translation>
    </message>
    <message>
        <source>What changed between the last two syncs: numbers added, removed and changed, field by field</source>
        <translation>Ce qui a changé entre les deux dernières synchronisations : numéros ajoutés, supprimés et modifiés, champ par champ</translation>
    </message>
    <message>
        <source>When the mirror was last synced, how many numbers it holds, and where it is</source>
        <translation>Quand la copie locale a été synchronisée pour la dernière fois, combien de numéros elle contient et où elle se trouve</translation>
    </message>
    <message>
        <source>Only this outcome: pending, done, not_done, done_by_other, unknown</source>
        <translation>Uniquement ce résultat : pending, done, not_done, done_by_other, unknown</translation>
    </message>
    <message>
        <source>Access key secret [SINCH_KEY_SECRET] (visible to other users in ps: prefer the next two)</source>
        <translation>Secret de clé d&apos;accès [SINCH_KEY_SECRET] (visible des autres utilisateurs dans ps : préférez les deux suivantes)</translation>
    </message>
    <message>
        <source>Read the access key secret from standard input</source>
        <translation>Lire le secret de clé d&apos;accès sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Read the access key secret from the first line of FILE (must not be readable by others)</source>
        <translation>Lire le secret de clé d&apos;accès sur la première ligne de FILE (ne doit pas être lisible par les autres)</translation>
    </message>
    <message>
        <source>The local mirror of the connection&apos;s numbers [NUMBERDESK_INVENTORY_DB]</source>
        <translation>La copie locale des numéros de la connexion [NUMBERDESK_INVENTORY_DB]</translation>
    </message>
    <message>
        <source>Callback (webhook) signing: the secret, and tools to receive, check and send callbacks</source>
        <translation>Signature des rappels (webhooks) : le secret, et des outils pour recevoir, vérifier et envoyer des rappels</translation>
    </message>
    <message>
        <source>Check a callback&apos;s X-Sinch-Signature against its raw body (exit 0 valid, 9 invalid)</source>
        <translation>Vérifier la X-Sinch-Signature d&apos;un rappel par rapport à son corps brut (code de sortie 0 valide, 9 non valide)</translation>
    </message>
    <message>
        <source>The request body exactly as received (required)</source>
        <translation>Le corps de la requête exactement tel que reçu (obligatoire)</translation>
    </message>
    <message>
        <source>The X-Sinch-Signature header value (required)</source>
        <translation>La valeur de l&apos;en-tête X-Sinch-Signature (obligatoire)</translation>
    </message>
    <message>
        <source>Read the secret from standard input</source>
        <translation>Lire le secret depuis l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Read the secret from the first line of FILE (must not be readable by others)</source>
        <translation>Lire le secret depuis la première ligne de FICHIER (qui ne doit pas être lisible par les autres)</translation>
    </message>
    <message>
        <source>During a rotation, also accept the previous secret read from FILE</source>
        <translation>Pendant un renouvellement, accepter aussi le secret précédent lu dans FICHIER</translation>
    </message>
    <message>
        <source>Receive callbacks on 127.0.0.1 and print them as JSON lines, each with its signature verdict against the project&apos;s secret</source>
        <translation>Recevoir les rappels sur 127.0.0.1 et les afficher en lignes JSON, chacune avec le verdict de sa signature par rapport au secret du projet</translation>
    </message>
    <message>
        <source>Port to listen on (default: any free port)</source>
        <translation>Port d&apos;écoute (par défaut : n&apos;importe quel port libre)</translation>
    </message>
    <message>
        <source>Stop after N callbacks</source>
        <translation>Arrêter après N rappels</translation>
    </message>
    <message>
        <source>POST a sample event signed with the project&apos;s secret to your endpoint and show its answer</source>
        <translation>Envoyer (POST) à votre point de terminaison un événement exemple signé avec le secret du projet et afficher sa réponse</translation>
    </message>
    <message>
        <source>The endpoint (http or https; required)</source>
        <translation>Le point de terminaison (http ou https ; obligatoire)</translation>
    </message>
    <message>
        <source>Event type (default PROVISIONING_TO_SMS_PLATFORM)</source>
        <translation>Type d&apos;événement (par défaut PROVISIONING_TO_SMS_PLATFORM)</translation>
    </message>
    <message>
        <source>Event status (default SUCCEEDED)</source>
        <translation>État de l&apos;événement (par défaut SUCCEEDED)</translation>
    </message>
    <message>
        <source>The number in the event (default +12025550134)</source>
        <translation>Le numéro dans l&apos;événement (par défaut +12025550134)</translation>
    </message>
    <message>
        <source>What the numbers cost per month, by region and type, what falls due in the next 12 months and what needs attention (from the mirror, no network)</source>
        <translation>Ce que coûtent les numéros par mois, par région et par type, ce qui arrive à échéance dans les 12 prochains mois et ce qui est à surveiller (depuis la copie locale, sans réseau)</translation>
    </message>
    <message>
        <source>Only the numbers priced in this currency (USD, EUR, ...)</source>
        <translation>Uniquement les numéros dont le prix est dans cette devise (USD, EUR, ...)</translation>
    </message>
    <message>
        <source>The numbers: one a line (any usual format; # comments), or a CSV with a phoneNumber column</source>
        <translation>Les numéros : un par ligne (tout format usuel ; commentaires #), ou un CSV avec une colonne phoneNumber</translation>
    </message>
    <message>
        <source>Country of national numbers in FILE (without it they must start with + or 00)</source>
        <translation>Pays des numéros nationaux de FICHIER (sans cette option, ils doivent commencer par + ou 00)</translation>
    </message>
    <message>
        <source>Show the preview and totals; send nothing</source>
        <translation>Afficher l&apos;aperçu et les totaux ; ne rien envoyer</translation>
    </message>
    <message>
        <source>Steps in flight at once (1 to 16, default 4)</source>
        <translation>Étapes en cours simultanément (1 à 16, par défaut 4)</translation>
    </message>
    <message>
        <source>Only numbers of this region (from the mirror)</source>
        <translation>Uniquement les numéros de cette région (depuis la copie locale)</translation>
    </message>
    <message>
        <source>Only numbers of this type</source>
        <translation>Uniquement les numéros de ce type</translation>
    </message>
    <message>
        <source>Rent the numbers in FILE, or N numbers matching a search (billable)</source>
        <translation>Louer les numéros de FICHIER, ou N numéros correspondant à une recherche (facturable)</translation>
    </message>
    <message>
        <source>Region code of the search</source>
        <translation>Code de région de la recherche</translation>
    </message>
    <message>
        <source>Number type of the search</source>
        <translation>Type de numéro de la recherche</translation>
    </message>
    <message>
        <source>How many numbers to rent (1 to 1000)</source>
        <translation>Nombre de numéros à louer (1 à 1000)</translation>
    </message>
    <message>
        <source>Cap on the total recurring price of the numbers rented (per currency)</source>
        <translation>Plafond du prix récurrent total des numéros loués (par devise)</translation>
    </message>
    <message>
        <source>Change the name and configuration of the numbers in FILE or matching the filters</source>
        <translation>Modifier le nom et la configuration des numéros de FICHIER ou correspondant aux filtres</translation>
    </message>
    <message>
        <source>New name; {n} becomes 1, 2, 3… and {number} the number</source>
        <translation>Nouveau nom ; {n} devient 1, 2, 3… et {number} le numéro</translation>
    </message>
    <message>
        <source>Release the numbers in FILE or matching the filters (cannot be undone)</source>
        <translation>Libérer les numéros de FICHIER ou correspondant aux filtres (irréversible)</translation>
    </message>
    <message>
        <source>List jobs, or show one job&apos;s per-number states</source>
        <translation>Lister les tâches, ou afficher l&apos;état de chaque numéro d&apos;une tâche</translation>
    </message>
    <message>
        <source>Resume an interrupted or paused job: steps in flight are settled first, then the rest run</source>
        <translation>Reprendre une tâche interrompue ou en pause : les étapes en cours sont d&apos;abord réglées, puis le reste s&apos;exécute</translation>
    </message>
    <message>
        <source>Steps in flight at once (1 to 16)</source>
        <translation>Étapes en cours simultanément (1 à 16)</translation>
    </message>
    <message>
        <source>Cancel a job that is not running (a step left in flight is settled first)</source>
        <translation>Annuler une tâche qui n&apos;est pas en cours d&apos;exécution (une étape restée en cours est d&apos;abord réglée)</translation>
    </message>
    <message>
        <source>Only the steps of this bulk job</source>
        <translation>Uniquement les étapes de cette tâche groupée</translation>
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
        <translation>Codes de sortie :
  0  succès
  1  autre échec
  2  erreur d&apos;utilisation (option incorrecte, numéro incorrect, identifiants manquants, URL non sécurisée)
  3  erreur de l&apos;API (HTTP 4xx/5xx ou réponse illisible)
  4  erreur réseau, TLS ou délai dépassé
  5  non confirmé (pas de --yes et pas de terminal, ou la réponse n&apos;était pas &quot;yes&quot;)
  6  résultat inconnu : la réponse a été perdue et la vérification a échoué ; vérifiez avant de réessayer
  7  refusé : le journal d&apos;activité ne peut pas être écrit, donc rien de facturable n&apos;a été envoyé
  8  effectué par quelqu&apos;un d&apos;autre, ou déjà ainsi : rien n&apos;a été modifié ni facturé par cette exécution
  9  callbacks verify : la signature n&apos;est pas valide
 10  la sortie standard n&apos;a pas pu être écrite (disque plein, fermée, tube rompu)
 11  tâche groupée incomplète : numéros non effectués, ou elle a été mise en pause ou annulée (« bulk status JOB »)
130  interrompu (Ctrl+C) ; une action en cours a d&apos;abord été réglée et enregistrée
</translation>
    </message>
    <message>
        <source>Rent, update, release or remove the emergency address of many numbers as one job: previewed, journaled, resumable</source>
        <translation>Louer, mettre à jour, libérer ou supprimer l&apos;adresse d&apos;urgence de nombreux numéros en une seule tâche : avec aperçu, journalisée, pouvant être reprise</translation>
    </message>
    <message>
        <source>Remove the emergency (911) address of the numbers in FILE or matching the filters</source>
        <translation>Supprimer l&apos;adresse d&apos;urgence (911) des numéros de FICHIER ou correspondant aux filtres</translation>
    </message>
    <message>
        <source>Requests in flight at once (1 to %1; default: the profile&apos;s setting, else %2)</source>
        <translation>Requêtes simultanées (1 à %1 ; par défaut : le réglage du profil, sinon %2)</translation>
    </message>
</context>
<context>
    <name>nd::cli::InventoryCommands</name>
    <message>
        <source>there is no local inventory yet at %1: run &apos;numberdesk-cli inventory sync&apos; first (with the same connection options)</source>
        <translation>il n&apos;y a pas encore d&apos;inventaire local dans %1 : lancez d&apos;abord « numberdesk-cli inventory sync » (avec les mêmes options de connexion)</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 numbers...</source>
        <translation>Synchronisation : %1 numéros sur %2...</translation>
    </message>
    <message>
        <source>Syncing: %1 numbers...</source>
        <translation>Synchronisation : %1 numéros...</translation>
    </message>
    <message>
        <source>interrupted: the mirror keeps its previous sync</source>
        <translation>interrompu : la copie locale conserve sa synchronisation précédente</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message numerus="yes">
        <source>The server limited the request rate %n time(s); the sync slowed down and went on.</source>
        <translation>
            <numerusform>Le serveur a limité le débit des requêtes %n fois ; la synchronisation a ralenti et a continué.</numerusform>
            <numerusform>Le serveur a limité le débit des requêtes %n fois ; la synchronisation a ralenti et a continué.</numerusform>
        </translation>
    </message>
    <message>
        <source>No number in the mirror matches.</source>
        <translation>Aucun numéro de la copie locale ne correspond.</translation>
    </message>
    <message>
        <source>the mirror has not been synced yet: run &apos;numberdesk-cli inventory sync&apos;</source>
        <translation>la copie locale n&apos;a pas encore été synchronisée : lancez « numberdesk-cli inventory sync »</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Changes between the syncs of %1 and %2.</source>
        <translation>Modifications entre les synchronisations du %1 et du %2.</translation>
    </message>
    <message>
        <source>The first sync (%1): every number is new.</source>
        <translation>La première synchronisation (%1) : tous les numéros sont nouveaux.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Mirror file</source>
        <translation>Fichier de la copie locale</translation>
    </message>
    <message numerus="yes">
        <source>Inventory report of %1: %n number(s), %2 being released</source>
        <translation>
            <numerusform>Rapport d&apos;inventaire de %1 : %n numéro, dont %2 en cours de libération</numerusform>
            <numerusform>Rapport d&apos;inventaire de %1 : %n numéros, dont %2 en cours de libération</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the numbers priced in %1.</source>
        <translation>Uniquement les numéros dont le prix est en %1.</translation>
    </message>
    <message>
        <source>Run-rate per month (numbers not being released): %1</source>
        <translation>Coût récurrent mensuel (numéros hors libération) : %1</translation>
    </message>
    <message>
        <source>Charges that stop with the releases (per month): %1</source>
        <translation>Frais qui cessent avec les libérations (par mois) : %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Run-rate per month</source>
        <translation>Coût mensuel</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Provisioning failed (%1)</source>
        <translation>Échec du provisionnement (%1)</translation>
    </message>
    <message>
        <source>Provisioning pending for more than an hour (%1)</source>
        <translation>Provisionnement en attente depuis plus d&apos;une heure (%1)</translation>
    </message>
    <message>
        <source>Neither SMS nor voice linked: paid for, doing nothing (%1)</source>
        <translation>Ni SMS ni voix liés : payés, sans utilité (%1)</translation>
    </message>
    <message>
        <source>Released within 7 days (%1)</source>
        <translation>Libérés dans les 7 jours (%1)</translation>
    </message>
    <message>
        <source>Price or payment interval unreadable, left out of the amounts (%1)</source>
        <translation>Prix ou intervalle de paiement illisible, exclu des montants (%1)</translation>
    </message>
    <message>
        <source>no number in the mirror is priced in %1 (its currencies: %2)</source>
        <translation>aucun numéro de la copie locale n&apos;a de prix en %1 (ses devises : %2)</translation>
    </message>
    <message>
        <source>The mirror has not been synced yet: run &apos;numberdesk-cli inventory sync&apos;.</source>
        <translation>La copie locale n&apos;a pas encore été synchronisée : lancez « numberdesk-cli inventory sync ».</translation>
    </message>
</context>
<context>
    <name>nd::cli::OutputStream</name>
    <message>
        <source>standard output was closed by the program reading it (broken pipe); stopped</source>
        <translation>la sortie standard a été fermée par le programme qui la lisait (tube rompu) ; arrêt</translation>
    </message>
    <message>
        <source>standard output could not be written: %1</source>
        <translation>impossible d&apos;écrire sur la sortie standard : %1</translation>
    </message>
</context>
<context>
    <name>nd::cli::ReadCommands</name>
    <message numerus="yes">
        <source>Fetched %1 of %n numbers...</source>
        <translation>
            <numerusform>%1 sur %n numéro récupéré...</numerusform>
            <numerusform>%1 sur %n numéros récupérés...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n numbers...</source>
        <translation>
            <numerusform>%n numéro récupéré...</numerusform>
            <numerusform>%n numéros récupérés...</numerusform>
        </translation>
    </message>
    <message>
        <source>No available numbers match.</source>
        <translation>Aucun numéro disponible ne correspond.</translation>
    </message>
    <message>
        <source>More numbers follow: add --page-token %1 (or use --all).</source>
        <translation>D&apos;autres numéros suivent : ajoutez --page-token %1 (ou utilisez --all).</translation>
    </message>
    <message>
        <source>No emergency address is provisioned for %1.</source>
        <translation>Aucune adresse d&apos;urgence n&apos;est provisionnée pour %1.</translation>
    </message>
</context>
<context>
    <name>nd::cli::Records</name>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Next charge</source>
        <translation>Prochaine facturation</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>SMS provisioning</source>
        <translation>Provisionnement SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Voice id</source>
        <translation>ID voix</translation>
    </message>
    <message>
        <source>Voice provisioning</source>
        <translation>Provisionnement voix</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de rappel</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Mise en service</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>required</source>
        <translation>requis</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Street number</source>
        <translation>Numéro de rue</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Complément</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Plus four</source>
        <translation>ZIP+4</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Validated address</source>
        <translation>Adresse validée</translation>
    </message>
    <message>
        <source>Corrected address</source>
        <translation>Adresse corrigée</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>HMAC secret</source>
        <translation>Secret HMAC</translation>
    </message>
</context>
<context>
    <name>nd::cli::RequestParser</name>
    <message>
        <source>give only one of --%1, --%1-stdin and --%1-file</source>
        <translation>indiquez une seule option parmi --%1, --%1-stdin et --%1-file</translation>
    </message>
    <message>
        <source>warning: --%1 puts the secret in the process arguments, where other users of this computer can see it (ps); prefer --%1-stdin or --%1-file</source>
        <translation>avertissement : --%1 place le secret dans les arguments du processus, où les autres utilisateurs de cet ordinateur peuvent le voir (ps) ; préférez --%1-stdin ou --%1-file</translation>
    </message>
    <message>
        <source>--%1-file needs a file name</source>
        <translation>--%1-file demande un nom de fichier</translation>
    </message>
    <message>
        <source>--format must be table, json or csv (got &apos;%1&apos;)</source>
        <translation>--format doit valoir table, json ou csv (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>--sandbox cannot be combined with --profile %1</source>
        <translation>--sandbox ne peut pas être combiné avec --profile %1</translation>
    </message>
    <message>
        <source>--sandbox-active, --sandbox-seed, --sandbox-state, --sandbox-faults and --sandbox-latency need --sandbox</source>
        <translation>--sandbox-active, --sandbox-seed, --sandbox-state, --sandbox-faults et --sandbox-latency exigent --sandbox</translation>
    </message>
    <message>
        <source>--sandbox-faults: %1</source>
        <translation>--sandbox-faults : %1</translation>
    </message>
    <message>
        <source>--sandbox-latency must be a number of milliseconds from 0 to 600000 (got &apos;%1&apos;)</source>
        <translation>--sandbox-latency doit être un nombre de millisecondes de 0 à 600000 (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>--sandbox-active must be a number from 0 to 1000000 (got &apos;%1&apos;)</source>
        <translation>--sandbox-active doit être un nombre de 0 à 1000000 (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>--sandbox-seed must be a non-negative number (got &apos;%1&apos;)</source>
        <translation>--sandbox-seed doit être un nombre positif ou nul (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds greater than 0 and at most 3600 (got &apos;%1&apos;)</source>
        <translation>--timeout doit être un nombre de secondes supérieur à 0 et au plus 3600 (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>--retries must be a number from 0 to 10 (got &apos;%1&apos;)</source>
        <translation>--retries doit être un nombre de 0 à 10 (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>--auth must be basic or oauth2 (got &apos;%1&apos;)</source>
        <translation>--auth doit valoir basic ou oauth2 (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>--%1 must be an http(s) URL (got &apos;%2&apos;)</source>
        <translation>--%1 doit être une URL http(s) (reçu : « %2 »)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable phone number: %2</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone utilisable : %2</translation>
    </message>
    <message>
        <source>--region is required for &apos;%1&apos;</source>
        <translation>--region est obligatoire pour « %1 »</translation>
    </message>
    <message>
        <source>--region must be a two-letter country code such as US (got &apos;%1&apos;)</source>
        <translation>--region doit être un code de pays à deux lettres comme US (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>--type is required for &apos;%1&apos; (MOBILE, LOCAL or TOLL_FREE)</source>
        <translation>--type est obligatoire pour « %1 » (MOBILE, LOCAL ou TOLL_FREE)</translation>
    </message>
    <message>
        <source>--type must be MOBILE, LOCAL or TOLL_FREE (got &apos;%1&apos;)</source>
        <translation>--type doit valoir MOBILE, LOCAL ou TOLL_FREE (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>--capability must be SMS or VOICE (got &apos;%1&apos;)</source>
        <translation>--capability doit valoir SMS ou VOICE (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>--%1 must be a number from 1 to %2 (got &apos;%3&apos;)</source>
        <translation>--%1 doit être un nombre de 1 à %2 (reçu : « %3 »)</translation>
    </message>
    <message>
        <source>--search-pattern needs --pattern</source>
        <translation>--search-pattern exige --pattern</translation>
    </message>
    <message>
        <source>--pattern must be 1 to 15 digits, optionally after a leading + (got &apos;%1&apos;)</source>
        <translation>--pattern doit comporter de 1 à 15 chiffres, éventuellement précédés d&apos;un + (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>--search-pattern must be START, CONTAINS or END (got &apos;%1&apos;)</source>
        <translation>--search-pattern doit valoir START, CONTAINS ou END (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>--pattern may start with + only with --search-pattern START (got &apos;%1&apos;)</source>
        <translation>--pattern ne peut commencer par + qu&apos;avec --search-pattern START (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>--%1 must not be empty (&quot;&quot; unlinks, which only &apos;active update&apos; can do)</source>
        <translation>--%1 ne doit pas être vide (&quot;&quot; supprime la liaison, ce que seul « active update » peut faire)</translation>
    </message>
    <message>
        <source>--sms-campaign needs --sms-service-plan (the API requires the service plan whenever SMS settings are sent)</source>
        <translation>--sms-campaign exige --sms-service-plan (l&apos;API demande le plan de service dès que des paramètres SMS sont envoyés)</translation>
    </message>
    <message>
        <source>--voice-rtc-app, --voice-est-trunk and --voice-fax-service are mutually exclusive</source>
        <translation>--voice-rtc-app, --voice-est-trunk et --voice-fax-service s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--callback-url must be an http(s) URL (got &apos;%1&apos;)</source>
        <translation>--callback-url doit être une URL http(s) (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>--%1 is required for &apos;%2&apos;</source>
        <translation>--%1 est obligatoire pour « %2 »</translation>
    </message>
    <message>
        <source>--%1 must be an ISO 8601 date or time such as 2025-03-14 or 2025-03-14T09:00:00Z (got &apos;%2&apos;)</source>
        <translation>--%1 doit être une date ou une heure ISO 8601 comme 2025-03-14 ou 2025-03-14T09:00:00Z (reçu : « %2 »)</translation>
    </message>
    <message>
        <source>--operation must be one of rent, rentAny, update, release, emergencyProvision, emergencyDeprovision, callbackSecretUpdate (got &apos;%1&apos;)</source>
        <translation>--operation doit valoir rent, rentAny, update, release, emergencyProvision, emergencyDeprovision ou callbackSecretUpdate (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>--outcome must be one of pending, done, not_done, done_by_other, unknown (got &apos;%1&apos;)</source>
        <translation>--outcome doit valoir pending, done, not_done, done_by_other ou unknown (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>--size must be a number from 1 to %1 (got &apos;%2&apos;)</source>
        <translation>--size doit être un nombre de 1 à %1 (reçu : « %2 »)</translation>
    </message>
    <message>
        <source>note: --size %1 is more than the API returns in one search; asking for %2.</source>
        <translation>remarque : --size %1 dépasse ce que l&apos;API renvoie en une recherche ; demande de %2.</translation>
    </message>
    <message>
        <source>--page-token cannot be combined with --all (which walks every page itself)</source>
        <translation>--page-token ne peut pas être combiné avec --all (qui parcourt lui-même toutes les pages)</translation>
    </message>
    <message>
        <source>--order-by must be PHONE_NUMBER or DISPLAY_NAME (got &apos;%1&apos;)</source>
        <translation>--order-by doit valoir PHONE_NUMBER ou DISPLAY_NAME (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>nothing to update: give --display-name or a configuration option</source>
        <translation>rien à mettre à jour : indiquez --display-name ou une option de configuration</translation>
    </message>
    <message>
        <source>give the new secret with --hmac-secret-stdin or --hmac-secret-file FILE</source>
        <translation>indiquez le nouveau secret avec --hmac-secret-stdin ou --hmac-secret-file FILE</translation>
    </message>
    <message>
        <source>the HMAC secret must be 32 to 64 characters of A-Z, a-z, 0-9 and - (the one given has length %1)</source>
        <translation>le secret HMAC doit comporter de 32 à 64 caractères parmi A-Z, a-z, 0-9 et - (celui fourni a une longueur de %1)</translation>
    </message>
    <message>
        <source>only one secret can be read from standard input: give the other with a -file option</source>
        <translation>un seul secret peut être lu sur l&apos;entrée standard : indiquez l&apos;autre avec une option -file</translation>
    </message>
    <message>
        <source>--releasing must be yes or no (got &apos;%1&apos;)</source>
        <translation>--releasing doit valoir yes ou no (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>--sort must be number, name, price or next-charge (got &apos;%1&apos;)</source>
        <translation>--sort doit valoir number, name, price ou next-charge (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not implemented</source>
        <translation>« %1 » n&apos;est pas implémenté</translation>
    </message>
    <message>
        <source>--body-file FILE is required: the request body exactly as received</source>
        <translation>--body-file FILE est obligatoire : le corps de la requête exactement tel que reçu</translation>
    </message>
    <message>
        <source>--signature HEX is required: the X-Sinch-Signature header value</source>
        <translation>--signature HEX est obligatoire : la valeur de l&apos;en-tête X-Sinch-Signature</translation>
    </message>
    <message>
        <source>give the secret with --hmac-secret-stdin or --hmac-secret-file FILE</source>
        <translation>indiquez le secret avec --hmac-secret-stdin ou --hmac-secret-file FILE</translation>
    </message>
    <message>
        <source>--previous-hmac-secret-file needs a file name</source>
        <translation>--previous-hmac-secret-file demande un nom de fichier</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535 (got &apos;%1&apos;)</source>
        <translation>--port doit être un nombre de 1 à 65535 (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>--count must be a positive number (got &apos;%1&apos;)</source>
        <translation>--count doit être un nombre positif (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>--url URL is required: the endpoint to send the test callback to</source>
        <translation>--url URL est obligatoire : le point de terminaison auquel envoyer le rappel de test</translation>
    </message>
    <message>
        <source>--event must be one of %1 (got &apos;%2&apos;)</source>
        <translation>--event doit valoir l&apos;une des valeurs %1 (reçu : « %2 »)</translation>
    </message>
    <message>
        <source>--status must be SUCCEEDED or FAILED (got &apos;%1&apos;)</source>
        <translation>--status doit valoir SUCCEEDED ou FAILED (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>--from-file needs a file name</source>
        <translation>--from-file demande un nom de fichier</translation>
    </message>
    <message>
        <source>--file-region must be a two-letter country code such as US (got &apos;%1&apos;)</source>
        <translation>--file-region doit être un code de pays à deux lettres comme US (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>give either --from-file or the selection options, not both</source>
        <translation>indiquez soit --from-file, soit les options de sélection, pas les deux</translation>
    </message>
    <message>
        <source>--max-recurring must be an amount such as 25 or 19.50 (got &apos;%1&apos;)</source>
        <translation>--max-recurring doit être un montant comme 25 ou 19.50 (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>&apos;bulk rent&apos; needs --from-file FILE, or --region, --type and --count N</source>
        <translation>« bulk rent » demande --from-file FILE, ou --region, --type et --count N</translation>
    </message>
    <message>
        <source>--count goes with a search (--region, --type), not with --from-file</source>
        <translation>--count va avec une recherche (--region, --type), pas avec --from-file</translation>
    </message>
    <message>
        <source>--currency must be a 3-letter currency code such as USD (got &apos;%1&apos;)</source>
        <translation>--currency doit être un code de devise à 3 lettres comme USD (reçu : « %1 »)</translation>
    </message>
</context>
<context>
    <name>nd::cli::SecretReader</name>
    <message>
        <source>--%1-stdin: nothing could be read from standard input</source>
        <translation>--%1-stdin : rien n&apos;a pu être lu sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>--%1-stdin: the first line of standard input is empty</source>
        <translation>--%1-stdin : la première ligne de l&apos;entrée standard est vide</translation>
    </message>
    <message>
        <source>--%1-file: %2 does not exist</source>
        <translation>--%1-file : %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>--%1-file: %2 can be read by other users; make it private first (chmod 600 %2)</source>
        <translation>--%1-file : %2 est lisible par d&apos;autres utilisateurs ; rendez-le d&apos;abord privé (chmod 600 %2)</translation>
    </message>
    <message>
        <source>--%1-file: %2 cannot be read: %3</source>
        <translation>--%1-file : impossible de lire %2 : %3</translation>
    </message>
    <message>
        <source>--%1-file: the first line of %2 is empty</source>
        <translation>--%1-file : la première ligne de %2 est vide</translation>
    </message>
</context>
<context>
    <name>nd::json</name>
    <message>
        <source>The field &quot;%1&quot; in the server&apos;s answer is not a list.</source>
        <translation>Le champ « %1 » de la réponse du serveur n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>An entry of &quot;%1&quot; in the server&apos;s answer is not an object.</source>
        <translation>Une entrée de « %1 » dans la réponse du serveur n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>La réponse du serveur n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>La réponse du serveur n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>An entry of &quot;activeNumbers&quot; in the server&apos;s answer is not an object.</source>
        <translation>Une entrée de « activeNumbers » dans la réponse du serveur n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The field &quot;activeNumbers&quot; in the server&apos;s answer is not a list.</source>
        <translation>Le champ « activeNumbers » de la réponse du serveur n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>The field &quot;nextPageToken&quot; in the server&apos;s answer is not a string.</source>
        <translation>Le champ « nextPageToken » de la réponse du serveur n&apos;est pas une chaîne.</translation>
    </message>
    <message>
        <source>The authentication server answered without an access token.</source>
        <translation>Le serveur d&apos;authentification a répondu sans jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>The server&apos;s answer (%1) has no &quot;%2&quot;.</source>
        <translation>La réponse du serveur (%1) ne contient pas « %2 ».</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; in the server&apos;s answer (%2) is not %3.</source>
        <translation>Le champ « %1 » de la réponse du serveur (%2) n&apos;est pas %3.</translation>
    </message>
</context>
<context>
    <name>nd::wire</name>
    <message>
        <source>The project id may only contain letters, digits, &apos;-&apos; and &apos;_&apos; (at most 128 characters).</source>
        <translation>L&apos;ID de projet ne peut contenir que des lettres, des chiffres, « - » et « _ » (128 caractères au plus).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in E.164 format (a &apos;+&apos; followed by up to 15 digits).</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone au format E.164 (un « + » suivi de 15 chiffres au plus).</translation>
    </message>
    <message>
        <source>Unknown voice configuration type &quot;%1&quot;: use RTC, EST or FAX.</source>
        <translation>Type de configuration vocale inconnu « %1 » : utilisez RTC, EST ou FAX.</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>nom d&apos;affichage</translation>
    </message>
    <message>
        <source>street number</source>
        <translation>numéro de rue</translation>
    </message>
    <message>
        <source>street</source>
        <translation>rue</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>state</source>
        <translation>État</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>The emergency address needs a %1.</source>
        <translation>Il manque à l&apos;adresse d&apos;urgence : %1.</translation>
    </message>
    <message>
        <source>Searching available numbers needs a region and a number type.</source>
        <translation>La recherche de numéros disponibles demande une région et un type de numéro.</translation>
    </message>
    <message>
        <source>Renting any number needs a region and a number type.</source>
        <translation>La location d&apos;un numéro quelconque demande une région et un type de numéro.</translation>
    </message>
    <message>
        <source>The HMAC secret must be 32 to 64 characters of letters, digits and &apos;-&apos;.</source>
        <translation>Le secret HMAC doit comporter de 32 à 64 caractères parmi les lettres, les chiffres et « - ».</translation>
    </message>
</context>
</TS>
