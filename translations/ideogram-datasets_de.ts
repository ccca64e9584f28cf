<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Ids::App::AppController</name>
    <message>
        <source>The app&apos;s local database could not be opened (%1). Check that your home folder is writable and has free space, then start the app again.</source>
        <translation>Die lokale Datenbank der App konnte nicht geöffnet werden (%1). Prüfen Sie, ob Ihr Benutzerordner beschreibbar ist und freien Speicherplatz hat, und starten Sie die App dann neu.</translation>
    </message>
    <message>
        <source>The sandbox could not start: no free port on this computer&apos;s loopback address (127.0.0.1).</source>
        <translation>Die Sandbox konnte nicht starten: Auf der Loopback-Adresse dieses Computers (127.0.0.1) ist kein Port frei.</translation>
    </message>
</context>
<context>
    <name>Ids::Core::ApiError</name>
    <message>
        <source>This computer seems to be offline. Check your internet connection, then try again.</source>
        <translation>Dieser Computer scheint offline zu sein. Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The Ideogram server could not be found. Check your internet connection and the API address in Settings, then try again.</source>
        <translation>Der Ideogram-Server wurde nicht gefunden. Prüfen Sie Ihre Internetverbindung und die API-Adresse in den Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The Ideogram server refused the connection. Try again in a few minutes; if it keeps happening, check the API address in Settings.</source>
        <translation>Der Ideogram-Server hat die Verbindung abgelehnt. Versuchen Sie es in ein paar Minuten erneut; wenn das weiter passiert, prüfen Sie die API-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>The connection to Ideogram broke off before an answer arrived. Try again.</source>
        <translation>Die Verbindung zu Ideogram ist abgebrochen, bevor eine Antwort kam. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be verified, so nothing was sent. Check the API address in Settings and your network (some office or hotel networks interfere).</source>
        <translation>Das Sicherheitszertifikat des Servers konnte nicht geprüft werden, daher wurde nichts gesendet. Prüfen Sie die API-Adresse in den Einstellungen und Ihr Netzwerk (manche Büro- oder Hotelnetze greifen ein).</translation>
    </message>
    <message>
        <source>Ideogram did not answer in time. Check your connection, then try again.</source>
        <translation>Ideogram hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server tried to send the request elsewhere, which this app does not allow with your key. Check the API address in Settings.</source>
        <translation>Der Server wollte die Anfrage an eine andere Adresse umleiten, was diese App mit Ihrem Schlüssel nicht zulässt. Prüfen Sie die API-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>Ideogram refused the request as invalid. Check what you entered and try again.</source>
        <translation>Ideogram hat die Anfrage als ungültig abgelehnt. Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Ideogram refused the request: %1</source>
        <translation>Ideogram hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>Ideogram rejected this key. Open Settings and paste a valid API key.</source>
        <translation>Ideogram hat diesen Schlüssel abgelehnt. Öffnen Sie die Einstellungen und fügen Sie einen gültigen API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Your Ideogram balance or plan does not cover this. Top up or change your plan in the Ideogram dashboard, then try again.</source>
        <translation>Ihr Ideogram-Guthaben oder Ihr Tarif reicht dafür nicht aus. Laden Sie Guthaben auf oder ändern Sie Ihren Tarif im Ideogram-Dashboard und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your Ideogram balance or plan does not cover this (%1). Top up or change your plan in the Ideogram dashboard, then try again.</source>
        <translation>Ihr Ideogram-Guthaben oder Ihr Tarif reicht dafür nicht aus (%1). Laden Sie Guthaben auf oder ändern Sie Ihren Tarif im Ideogram-Dashboard und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This key is not allowed to do this. Check your Ideogram plan, or use a key of the account that owns the dataset.</source>
        <translation>Dieser Schlüssel darf das nicht. Prüfen Sie Ihren Ideogram-Tarif oder verwenden Sie einen Schlüssel des Kontos, dem der Datensatz gehört.</translation>
    </message>
    <message>
        <source>Ideogram does not know this item. It may belong to another account; refresh the list.</source>
        <translation>Ideogram kennt dieses Element nicht. Es gehört vielleicht zu einem anderen Konto; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>The upload is too large for Ideogram. Send fewer or smaller files at a time.</source>
        <translation>Der Upload ist zu groß für Ideogram. Senden Sie weniger oder kleinere Dateien auf einmal.</translation>
    </message>
    <message>
        <source>Ideogram could not process this request. Change it and try again.</source>
        <translation>Ideogram konnte diese Anfrage nicht verarbeiten. Ändern Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Ideogram could not process this request: %1</source>
        <translation>Ideogram konnte diese Anfrage nicht verarbeiten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Ideogram is busy with other work of your account. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Ideogram ist mit anderen Aufgaben Ihres Kontos beschäftigt. Warten Sie %n Sekunde und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Ideogram ist mit anderen Aufgaben Ihres Kontos beschäftigt. Warten Sie %n Sekunden und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideogram is busy with other work of your account. Wait a minute, then try again.</source>
        <translation>Ideogram ist mit anderen Aufgaben Ihres Kontos beschäftigt. Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Ideogram had a problem on its side (error %1). Try again in a few minutes.</source>
        <translation>Bei Ideogram ist ein Problem aufgetreten (Fehler %1). Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>Ideogram gave an answer this app does not understand (status %1). Try again later.</source>
        <translation>Ideogram hat eine Antwort gegeben, die diese App nicht versteht (Status %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server sent a web page or an empty answer instead of data. A network proxy or login page may be in the way; check your connection and try again.</source>
        <translation>Der Server hat eine Webseite oder eine leere Antwort statt Daten geschickt. Vielleicht steht ein Netzwerk-Proxy oder eine Anmeldeseite im Weg; prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Ideogram&apos;s answer was incomplete or in an unexpected form. Try again; if it keeps happening, this app may need an update.</source>
        <translation>Die Antwort von Ideogram war unvollständig oder hatte eine unerwartete Form. Versuchen Sie es erneut; wenn das weiter passiert, braucht diese App vielleicht ein Update.</translation>
    </message>
    <message>
        <source>A network error stopped the request. Check your connection, then try again.</source>
        <translation>Ein Netzwerkfehler hat die Anfrage gestoppt. Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>Anfrage: %1 %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Der Server meldete: %1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Technisches Detail: %1</translation>
    </message>
    <message>
        <source>A file could not be read, or changed after you reviewed it, so nothing was sent. Add the files again.</source>
        <translation>Eine Datei konnte nicht gelesen werden oder wurde nach der Prüfung geändert, daher wurde nichts gesendet. Fügen Sie die Dateien erneut hinzu.</translation>
    </message>
</context>
<context>
    <name>Ids::Core::ApiKey</name>
    <message>
        <source>Paste your Ideogram API key.</source>
        <translation>Fügen Sie Ihren Ideogram-API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>The key contains a character that is not plain ASCII. Copy the key again from the Ideogram dashboard.</source>
        <translation>Der Schlüssel enthält ein Zeichen, das kein einfaches ASCII ist. Kopieren Sie den Schlüssel erneut aus dem Ideogram-Dashboard.</translation>
    </message>
    <message>
        <source>The key contains a space or a line break. Copy the key again, without the text around it.</source>
        <translation>Der Schlüssel enthält ein Leerzeichen oder einen Zeilenumbruch. Kopieren Sie den Schlüssel erneut, ohne den Text darum herum.</translation>
    </message>
    <message>
        <source>The key is too short to be an Ideogram API key (%1 characters). Copy the whole key.</source>
        <translation>Der Schlüssel ist zu kurz für einen Ideogram-API-Schlüssel (%1 Zeichen). Kopieren Sie den ganzen Schlüssel.</translation>
    </message>
    <message>
        <source>The text is too long to be an Ideogram API key. Copy only the key.</source>
        <translation>Der Text ist zu lang für einen Ideogram-API-Schlüssel. Kopieren Sie nur den Schlüssel.</translation>
    </message>
</context>
<context>
    <name>Ids::Core::BaseUrl</name>
    <message>
        <source>Enter the address of the Ideogram API, for example https://api.ideogram.ai.</source>
        <translation>Geben Sie die Adresse der Ideogram-API ein, zum Beispiel https://api.ideogram.ai.</translation>
    </message>
    <message>
        <source>This is not a web address. Use the form https://api.ideogram.ai.</source>
        <translation>Das ist keine Webadresse. Verwenden Sie die Form https://api.ideogram.ai.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Die Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http would send your API key unencrypted. Use https://, or http only for this computer (127.0.0.1, ::1 or localhost).</source>
        <translation>Mit einfachem http würde Ihr API-Schlüssel unverschlüsselt gesendet. Verwenden Sie https:// oder http nur für diesen Computer (127.0.0.1, ::1 oder localhost).</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der Adresse weg.</translation>
    </message>
    <message>
        <source>Leave everything after ? or # out of the address.</source>
        <translation>Lassen Sie alles nach ? oder # aus der Adresse weg.</translation>
    </message>
</context>
<context>
    <name>Ids::Core::DatasetName</name>
    <message>
        <source>The name contains a broken character. Type the name again.</source>
        <translation>Der Name enthält ein beschädigtes Zeichen. Geben Sie den Namen erneut ein.</translation>
    </message>
    <message>
        <source>Enter a name for the dataset.</source>
        <translation>Geben Sie einen Namen für den Datensatz ein.</translation>
    </message>
    <message>
        <source>The name contains an invisible control character (such as a line break). Type the name again without it.</source>
        <translation>Der Name enthält ein unsichtbares Steuerzeichen (zum Beispiel einen Zeilenumbruch). Geben Sie den Namen ohne dieses Zeichen erneut ein.</translation>
    </message>
    <message>
        <source>The name contains an invisible text-direction character. Type the name again without it.</source>
        <translation>Der Name enthält ein unsichtbares Zeichen für die Schreibrichtung. Geben Sie den Namen ohne dieses Zeichen erneut ein.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; use at most %2.</source>
        <translation>Der Name ist %1 Zeichen lang; erlaubt sind höchstens %2.</translation>
    </message>
</context>
<context>
    <name>Ids::Core::DatasetService</name>
    <message>
        <source>Wait until the dataset being created is finished.</source>
        <translation>Warten Sie, bis der Datensatz, der gerade angelegt wird, fertig ist.</translation>
    </message>
    <message>
        <source>Could not reach Ideogram; trying again…</source>
        <translation>Ideogram war nicht erreichbar; neuer Versuch…</translation>
    </message>
    <message>
        <source>The answer was lost. Checking whether Ideogram created the dataset…</source>
        <translation>Die Antwort ging verloren. Es wird geprüft, ob Ideogram den Datensatz angelegt hat…</translation>
    </message>
    <message>
        <source>Checking whether &quot;%1&quot; was created before the app closed…</source>
        <translation>Es wird geprüft, ob „%1“ angelegt wurde, bevor die App geschlossen wurde…</translation>
    </message>
</context>
<context>
    <name>Ids::Core::GenerationRequest</name>
    <message>
        <source>This model cannot make images yet.</source>
        <translation>Dieses Modell kann noch keine Bilder erstellen.</translation>
    </message>
    <message>
        <source>Describe the image you want first.</source>
        <translation>Beschreiben Sie zuerst das gewünschte Bild.</translation>
    </message>
    <message>
        <source>Ask for between 1 and 8 images.</source>
        <translation>Wählen Sie 1 bis 8 Bilder.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to 2147483647.</source>
        <translation>Der Seed muss eine ganze Zahl von 0 bis 2147483647 sein.</translation>
    </message>
    <message>
        <source>Choose an aspect ratio and a speed.</source>
        <translation>Wählen Sie ein Seitenverhältnis und eine Geschwindigkeit.</translation>
    </message>
</context>
<context>
    <name>Ids::Core::GenerationService</name>
    <message>
        <source>Wait until the images being made are saved.</source>
        <translation>Warten Sie, bis die Bilder in Arbeit gespeichert sind.</translation>
    </message>
    <message>
        <source>This model cannot make images: it must be completed and available for generation.</source>
        <translation>Dieses Modell kann keine Bilder erstellen: Es muss fertig trainiert und für die Generierung freigegeben sein.</translation>
    </message>
    <message numerus="yes">
        <source>Ideogram is making %n image(s)…</source>
        <translation>
            <numerusform>Ideogram erstellt %n Bild…</numerusform>
            <numerusform>Ideogram erstellt %n Bilder…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving image %1…</source>
        <translation>Bild %1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Image %1: Ideogram gave an address this app does not download from.</source>
        <translation>Bild %1: Ideogram nannte eine Adresse, von der diese App nicht herunterlädt.</translation>
    </message>
    <message>
        <source>Image %1 could not be downloaded (%2). Generate again to get it.</source>
        <translation>Bild %1 konnte nicht heruntergeladen werden (%2). Generieren Sie erneut, um es zu erhalten.</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Image %1: what was downloaded is not an image.</source>
        <translation>Bild %1: Was heruntergeladen wurde, ist kein Bild.</translation>
    </message>
    <message>
        <source>Image %1 could not be saved: %2</source>
        <translation>Bild %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Ids::Core::ModelName</name>
    <message>
        <source>Enter a name for the model.</source>
        <translation>Geben Sie einen Namen für das Modell ein.</translation>
    </message>
    <message>
        <source>Use only the letters A–Z, digits, spaces and hyphens (not &quot;%1&quot;).</source>
        <translation>Verwenden Sie nur die Buchstaben A–Z, Ziffern, Leerzeichen und Bindestriche (nicht „%1“).</translation>
    </message>
    <message>
        <source>Use at least %1 characters (now %2).</source>
        <translation>Verwenden Sie mindestens %1 Zeichen (jetzt %2).</translation>
    </message>
    <message>
        <source>Use at most %1 characters (now %2).</source>
        <translation>Verwenden Sie höchstens %1 Zeichen (jetzt %2).</translation>
    </message>
</context>
<context>
    <name>Ids::Core::SecretStore</name>
    <message>
        <source>Your system keychain is not available, so the key will be kept only until you close the app.</source>
        <translation>Der Schlüsselbund Ihres Systems ist nicht verfügbar, daher wird der Schlüssel nur aufbewahrt, bis Sie die App schließen.</translation>
    </message>
</context>
<context>
    <name>Ids::Core::TrainingService</name>
    <message>
        <source>A training of this dataset was asked for and is not confirmed yet.</source>
        <translation>Ein Training dieses Datensatzes wurde angefordert und ist noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>Another training is being started. Wait until it is confirmed.</source>
        <translation>Ein anderes Training wird gerade gestartet. Warten Sie, bis es bestätigt ist.</translation>
    </message>
    <message>
        <source>Waiting for the dataset&apos;s details from Ideogram…</source>
        <translation>Warte auf die Details des Datensatzes von Ideogram…</translation>
    </message>
    <message>
        <source>Add at least %1 images to train a model (this dataset has %2).</source>
        <translation>Fügen Sie mindestens %1 Bilder hinzu, um ein Modell zu trainieren (dieser Datensatz hat %2).</translation>
    </message>
    <message>
        <source>Ideogram trains on at most %1 images (this dataset has %2).</source>
        <translation>Ideogram trainiert mit höchstens %1 Bildern (dieser Datensatz hat %2).</translation>
    </message>
    <message>
        <source>The answer was lost. Checking whether Ideogram started the training…</source>
        <translation>Die Antwort ging verloren. Es wird geprüft, ob Ideogram das Training gestartet hat…</translation>
    </message>
    <message>
        <source>Checking whether the training &quot;%1&quot; was started before the app closed…</source>
        <translation>Es wird geprüft, ob das Training „%1“ vor dem Schließen der App gestartet wurde…</translation>
    </message>
    <message>
        <source>The app could not note the training in its database (%1), so nothing was sent. Check that your home folder has free space, then try again.</source>
        <translation>Die App konnte das Training nicht in ihrer Datenbank vermerken (%1), daher wurde nichts gesendet. Prüfen Sie, ob in Ihrem persönlichen Ordner Platz frei ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Ids::Core::UploadReview</name>
    <message>
        <source>This file could not be read (%1).</source>
        <translation>Diese Datei konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Another file in this upload has the same name; Ideogram would keep only one.</source>
        <translation>Eine andere Datei in diesem Upload hat denselben Namen; Ideogram würde nur eine behalten.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Diese Datei ist leer.</translation>
    </message>
    <message>
        <source>This image is %1; the limit is %2. Make it smaller.</source>
        <translation>Dieses Bild ist %1 groß; die Grenze liegt bei %2. Verkleinern Sie es.</translation>
    </message>
    <message>
        <source>This image is %1; Ideogram may refuse files over %2.</source>
        <translation>Dieses Bild ist %1 groß; Ideogram lehnt Dateien über %2 möglicherweise ab.</translation>
    </message>
    <message>
        <source>Its name says .%1 but it is a %2 image; it will be sent as %2.</source>
        <translation>Der Name endet auf .%1, es ist aber ein %2-Bild; es wird als %2 gesendet.</translation>
    </message>
    <message>
        <source>This ZIP file cannot be used: %1.</source>
        <translation>Diese ZIP-Datei kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>This ZIP file is %1; the limit is %2. Split it into smaller archives.</source>
        <translation>Diese ZIP-Datei ist %1 groß; die Grenze liegt bei %2. Teilen Sie sie in kleinere Archive auf.</translation>
    </message>
    <message>
        <source>This caption is longer than %1.</source>
        <translation>Diese Bildbeschreibung ist länger als %1.</translation>
    </message>
    <message>
        <source>This structured caption is not a JSON object.</source>
        <translation>Diese strukturierte Bildbeschreibung ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This caption is not UTF-8 text. Save it again as UTF-8.</source>
        <translation>Diese Bildbeschreibung ist kein UTF-8-Text. Speichern Sie sie erneut als UTF-8.</translation>
    </message>
    <message>
        <source>This is a text file, not an image. Captions need the .txt extension.</source>
        <translation>Dies ist eine Textdatei, kein Bild. Bildbeschreibungen brauchen die Endung .txt.</translation>
    </message>
    <message>
        <source>This is not a JPEG, PNG or WebP image, caption or ZIP file.</source>
        <translation>Dies ist weder ein JPEG-, PNG- oder WebP-Bild noch eine Bildbeschreibung oder ZIP-Datei.</translation>
    </message>
    <message>
        <source>This is a %1 file. Ideogram takes JPEG, PNG and WebP images; convert it first.</source>
        <translation>Dies ist eine %1-Datei. Ideogram nimmt JPEG-, PNG- und WebP-Bilder an; wandeln Sie sie zuerst um.</translation>
    </message>
    <message>
        <source>There is no image named %1 in this upload for this caption.</source>
        <translation>Zu dieser Bildbeschreibung gibt es in diesem Upload kein Bild namens %1.</translation>
    </message>
    <message>
        <source>Several images share this name (%1): which one the caption belongs to is unclear. Rename or remove all but one.</source>
        <translation>Mehrere Bilder haben diesen Namen (%1): Es ist unklar, zu welchem die Bildbeschreibung gehört. Benennen Sie alle bis auf eines um oder entfernen Sie sie.</translation>
    </message>
    <message numerus="yes">
        <source>This would put %1 images in the dataset; the limit is %2. Remove %n image(s) from this upload.</source>
        <translation>
            <numerusform>Damit hätte der Datensatz %1 Bilder; die Grenze liegt bei %2. Entfernen Sie %n Bild aus diesem Upload.</numerusform>
            <numerusform>Damit hätte der Datensatz %1 Bilder; die Grenze liegt bei %2. Entfernen Sie %n Bilder aus diesem Upload.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dataset will hold %1 image(s); training needs at least %2. You can add more later.</source>
        <translation>Der Datensatz wird %1 Bild(er) enthalten; für das Training sind mindestens %2 nötig. Sie können später weitere hinzufügen.</translation>
    </message>
</context>
<context>
    <name>Ids::Core::UploadService</name>
    <message>
        <source>Ideogram&apos;s safety check rejected this image. Remove it or use another image.</source>
        <translation>Die Sicherheitsprüfung von Ideogram hat dieses Bild abgelehnt. Entfernen Sie es oder nehmen Sie ein anderes Bild.</translation>
    </message>
    <message>
        <source>Ideogram found this file too large. Make it smaller (under 10 MB) and add it again.</source>
        <translation>Diese Datei ist Ideogram zu groß. Verkleinern Sie sie (unter 10 MB) und fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <source>Ideogram had a problem storing this file. Use Retry failed to send it again.</source>
        <translation>Ideogram konnte diese Datei nicht speichern. Senden Sie sie mit „Fehlgeschlagene wiederholen“ erneut.</translation>
    </message>
    <message>
        <source>Ideogram could not read this caption. Save it as plain UTF-8 text and add it again.</source>
        <translation>Ideogram konnte diese Bildbeschreibung nicht lesen. Speichern Sie sie als reinen UTF-8-Text und fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <source>This caption is not a valid structured caption. Fix the file, or use a plain .txt caption.</source>
        <translation>Dies ist keine gültige strukturierte Bildbeschreibung. Korrigieren Sie die Datei oder verwenden Sie eine einfache .txt-Beschreibung.</translation>
    </message>
    <message>
        <source>Ideogram could not read this image. Check that it opens, save it as JPEG, PNG or WebP and add it again.</source>
        <translation>Ideogram konnte dieses Bild nicht lesen. Prüfen Sie, ob es sich öffnen lässt, speichern Sie es als JPEG, PNG oder WebP und fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <source>Ideogram could not read this ZIP file. Create the archive again and add it.</source>
        <translation>Ideogram konnte diese ZIP-Datei nicht lesen. Erstellen Sie das Archiv neu und fügen Sie es hinzu.</translation>
    </message>
    <message>
        <source>The dataset is full: it holds at most 100 images. Remove some images from this upload.</source>
        <translation>Der Datensatz ist voll: Er fasst höchstens 100 Bilder. Entfernen Sie einige Bilder aus diesem Upload.</translation>
    </message>
    <message>
        <source>Ideogram rejected this file (%1).</source>
        <translation>Ideogram hat diese Datei abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The connection broke during the upload, and Ideogram could not be asked what arrived. Open the dataset to check, or use Retry failed.</source>
        <translation>Die Verbindung ist während des Uploads abgebrochen, und Ideogram konnte nicht gefragt werden, was angekommen ist. Öffnen Sie den Datensatz zur Kontrolle oder verwenden Sie „Fehlgeschlagene wiederholen“.</translation>
    </message>
    <message>
        <source>Ideogram did not store this file and gave no reason. Use Retry failed to send it again.</source>
        <translation>Ideogram hat diese Datei ohne Angabe von Gründen nicht gespeichert. Senden Sie sie mit „Fehlgeschlagene wiederholen“ erneut.</translation>
    </message>
</context>
<context>
    <name>Ids::Models::DatasetFilesModel</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No caption</source>
        <translation>Keine Bildbeschreibung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildbeschreibung</translation>
    </message>
</context>
<context>
    <name>Ids::Models::DatasetListModel</name>
    <message>
        <source>No cover yet</source>
        <translation>Noch kein Titelbild</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Cover asset</source>
        <translation>Titelbild-Asset</translation>
    </message>
    <message>
        <source>Dataset ID</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <source>%1
Ideogram no longer lists this dataset; it may have been deleted on the website. It is kept here until you remove it.</source>
        <translation>%1
Ideogram führt diesen Datensatz nicht mehr; vielleicht wurde er auf der Website gelöscht. Er bleibt hier, bis Sie ihn entfernen.</translation>
    </message>
    <message>
        <source>%1 (no longer on Ideogram)</source>
        <translation>%1 (nicht mehr bei Ideogram)</translation>
    </message>
</context>
<context>
    <name>Ids::Models::GalleryModel</name>
    <message>
        <source>Seed %1</source>
        <translation>Seed %1</translation>
    </message>
</context>
<context>
    <name>Ids::Models::ModelListModel</name>
    <message>
        <source>Creating</source>
        <translation>Wird angelegt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Preparing data</source>
        <translation>Daten werden vorbereitet</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Finalizing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Double-click to open the dataset</source>
        <translation>Doppelklicken, um den Datensatz zu öffnen</translation>
    </message>
    <message>
        <source>A status this app does not know yet, as Ideogram sent it</source>
        <translation>Ein Status, den diese App noch nicht kennt, so wie Ideogram ihn gesendet hat</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (geteilt)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Can generate</source>
        <translation>Kann generieren</translation>
    </message>
</context>
<context>
    <name>Ids::Models::UploadReviewModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Processing on Ideogram…</source>
        <translation>Wird bei Ideogram verarbeitet …</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Ready: caption for %1</source>
        <translation>Bereit: Bildbeschreibung zu %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Ready, but: %1</source>
        <translation>Bereit, aber: %1</translation>
    </message>
    <message>
        <source>Will not be sent: %1</source>
        <translation>Wird nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildbeschreibung</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP-Archiv</translation>
    </message>
    <message>
        <source>%1 image</source>
        <translation>%1-Bild</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Check and result</source>
        <translation>Prüfung und Ergebnis</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetDetailPane</name>
    <message>
        <source>&amp;Add Images…</source>
        <translation>Bilder &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Dataset details</source>
        <translation>Datensatzdetails</translation>
    </message>
    <message>
        <source>Dataset ID:</source>
        <translation>Datensatz-ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Cover:</source>
        <translation>Titelbild:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modelle:</translation>
    </message>
    <message>
        <source>Files in the dataset</source>
        <translation>Dateien im Datensatz</translation>
    </message>
    <message>
        <source>Choose images, captions or ZIP files to add to this dataset (Ctrl+I)</source>
        <translation>Bilder, Bildbeschreibungen oder ZIP-Dateien für diesen Datensatz auswählen (Strg+I)</translation>
    </message>
    <message>
        <source>Drop images, caption files (.txt), folders or ZIP files here to add them.</source>
        <translation>Ziehen Sie Bilder, Beschreibungsdateien (.txt), Ordner oder ZIP-Dateien hierher, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Loading the dataset from Ideogram…</source>
        <translation>Der Datensatz wird von Ideogram geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of %1</source>
        <translation>
            <numerusform>%n Bild von %1</numerusform>
            <numerusform>%n Bilder von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>None trained from this dataset yet</source>
        <translation>Noch keines aus diesem Datensatz trainiert</translation>
    </message>
    <message>
        <source>Showing the copy saved on this computer; loading the latest…</source>
        <translation>Angezeigt wird die auf diesem Computer gespeicherte Kopie; der neueste Stand wird geladen …</translation>
    </message>
    <message>
        <source>Could not load the latest details. %1</source>
        <translation>Der neueste Stand konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Open a dataset to see its images, captions and models: double-click it, or select it and press Enter. Drop images on a dataset to add them.</source>
        <translation>Öffnen Sie einen Datensatz, um seine Bilder, Bildbeschreibungen und Modelle zu sehen: Doppelklicken Sie ihn oder wählen Sie ihn aus und drücken Sie die Eingabetaste. Ziehen Sie Bilder auf einen Datensatz, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>&amp;Train Model…</source>
        <translation>Modell &amp;trainieren…</translation>
    </message>
    <message>
        <source>Train a custom model on this dataset&apos;s images (Ctrl+T)</source>
        <translation>Ein eigenes Modell mit den Bildern dieses Datensatzes trainieren (Strg+T)</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetForm</name>
    <message>
        <source>New dataset &amp;name:</source>
        <translation>&amp;Name des neuen Datensatzes:</translation>
    </message>
    <message>
        <source>e.g. Summer shoes</source>
        <translation>z. B. Sommerschuhe</translation>
    </message>
    <message>
        <source>New dataset name</source>
        <translation>Name des neuen Datensatzes</translation>
    </message>
    <message>
        <source>&amp;Create dataset</source>
        <translation>Datensatz &amp;anlegen</translation>
    </message>
    <message>
        <source>Create dataset</source>
        <translation>Datensatz anlegen</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetListPane</name>
    <message>
        <source>Search datasets</source>
        <translation>Datensätze durchsuchen</translation>
    </message>
    <message>
        <source>Shows only datasets whose name or ID contains every word typed</source>
        <translation>Zeigt nur Datensätze, deren Name oder ID jedes eingegebene Wort enthält</translation>
    </message>
    <message>
        <source>No datasets yet. Type a name above and press Enter to create one.</source>
        <translation>Noch keine Datensätze. Geben Sie oben einen Namen ein und drücken Sie die Eingabetaste, um einen anzulegen.</translation>
    </message>
    <message>
        <source>No dataset matches “%1”.</source>
        <translation>Kein Datensatz passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetView</name>
    <message>
        <source>&amp;Copy Dataset ID</source>
        <translation>Datensatz-ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Copy the selected dataset&apos;s ID to the clipboard</source>
        <translation>Die ID des ausgewählten Datensatzes in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Dataset</source>
        <translation>Datensatz ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the dataset&apos;s files and models</source>
        <translation>Dateien und Modelle des Datensatzes anzeigen</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::ErrorBanner</name>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>&amp;Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Open settings to change the API key</source>
        <translation>Einstellungen öffnen, um den API-Schlüssel zu ändern</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Fehlerdetails anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>Fehlermeldung schließen</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::GeneratePanel</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Describe the image, e.g. “a red sneaker on a white table”</source>
        <translation>Beschreiben Sie das Bild, z. B. „ein roter Sneaker auf einem weißen Tisch“</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Optional: what to leave out</source>
        <translation>Optional: was weggelassen werden soll</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>Negativer Prompt</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Seitenverhältnis</translation>
    </message>
    <message>
        <source>Number of images</source>
        <translation>Anzahl der Bilder</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Blitz</translation>
    </message>
    <message>
        <source>Turbo</source>
        <translation>Turbo</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Rendering speed</source>
        <translation>Rendergeschwindigkeit</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Show this model&apos;s images in the file manager</source>
        <translation>Die Bilder dieses Modells im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Images made with this model</source>
        <translation>Mit diesem Modell erstellte Bilder</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <source>&amp;Leave out:</source>
        <translation>&amp;Weglassen:</translation>
    </message>
    <message>
        <source>&amp;Aspect:</source>
        <translation>S&amp;eitenverhältnis:</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Bilder:</translation>
    </message>
    <message>
        <source>Sp&amp;eed:</source>
        <translation>Gesch&amp;windigkeit:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>Generate with this model</source>
        <translation>Mit diesem Modell generieren</translation>
    </message>
    <message>
        <source>Ideogram has not made this model available for generation yet.</source>
        <translation>Ideogram hat dieses Modell noch nicht für die Generierung freigegeben.</translation>
    </message>
    <message>
        <source>This model can make images once its training is completed.</source>
        <translation>Dieses Modell kann Bilder erstellen, sobald sein Training abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for these images. Ideogram may still bill what it already made.</source>
        <translation>Nicht mehr auf diese Bilder warten. Ideogram berechnet womöglich, was bereits erstellt wurde.</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::MainWindow</name>
    <message>
        <source>Ideogram Datasets</source>
        <translation>Ideogram Datasets</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New Dataset</source>
        <translation>&amp;Neuer Datensatz</translation>
    </message>
    <message>
        <source>Type the name of a new dataset</source>
        <translation>Den Namen eines neuen Datensatzes eingeben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find Datasets…</source>
        <translation>Datensätze &amp;suchen…</translation>
    </message>
    <message>
        <source>Search the dataset list</source>
        <translation>Die Liste der Datensätze durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>API key and address</source>
        <translation>API-Schlüssel und Adresse</translation>
    </message>
    <message>
        <source>&amp;About Ideogram Datasets</source>
        <translation>Ü&amp;ber Ideogram Datasets</translation>
    </message>
    <message>
        <source>Copied the dataset ID %1.</source>
        <translation>Die Datensatz-ID %1 wurde kopiert.</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Die App schließen</translation>
    </message>
    <message>
        <source>Change the API key or the API address</source>
        <translation>Den API-Schlüssel oder die API-Adresse ändern</translation>
    </message>
    <message>
        <source>Version and origin of this app</source>
        <translation>Version und Herkunft dieser App</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>„%1“ wird angelegt…</translation>
    </message>
    <message>
        <source>Checking whether “%1” was created…</source>
        <translation>Es wird geprüft, ob „%1“ angelegt wurde…</translation>
    </message>
    <message>
        <source>Created the dataset “%1”.</source>
        <translation>Der Datensatz „%1“ wurde angelegt.</translation>
    </message>
    <message>
        <source>About Ideogram Datasets</source>
        <translation>Über Ideogram Datasets</translation>
    </message>
    <message>
        <source>Ideogram Datasets %1</source>
        <translation>Ideogram Datasets %1</translation>
    </message>
    <message>
        <source>Create and manage datasets for Ideogram custom models.

This app is not made by Ideogram and is not affiliated with Ideogram. It uses Ideogram&apos;s public API with your own API key.</source>
        <translation>Datensätze für eigene Ideogram-Modelle anlegen und verwalten.

Diese App stammt nicht von Ideogram und ist nicht mit Ideogram verbunden. Sie nutzt die öffentliche API von Ideogram mit Ihrem eigenen API-Schlüssel.</translation>
    </message>
    <message>
        <source>Sandbox — Ideogram Datasets</source>
        <translation>Sandbox — Ideogram Datasets</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>&amp;Datensatz</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>Read the datasets of this account from Ideogram again</source>
        <translation>Die Datensätze dieses Kontos erneut von Ideogram lesen</translation>
    </message>
    <message>
        <source>&amp;Open Dataset</source>
        <translation>Datensatz ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the selected dataset&apos;s files and models</source>
        <translation>Dateien und Modelle des ausgewählten Datensatzes anzeigen</translation>
    </message>
    <message>
        <source>&amp;Add Images…</source>
        <translation>Bilder &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Choose images, captions or ZIP files to add to the open dataset</source>
        <translation>Bilder, Bildbeschreibungen oder ZIP-Dateien für den geöffneten Datensatz auswählen</translation>
    </message>
    <message>
        <source>Reading your datasets from Ideogram…</source>
        <translation>Ihre Datensätze werden von Ideogram gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %n dataset(s).</source>
        <translation>
            <numerusform>Aktuell: %n Datensatz.</numerusform>
            <numerusform>Aktuell: %n Datensätze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Images, captions and ZIP files (*.jpg *.jpeg *.png *.webp *.txt *.json *.zip)</source>
        <translation>Bilder, Bildbeschreibungen und ZIP-Dateien (*.jpg *.jpeg *.png *.webp *.txt *.json *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Finish or close the current upload first.</source>
        <translation>Schließen Sie zuerst den laufenden Upload ab.</translation>
    </message>
    <message numerus="yes">
        <source>An upload cut short last time was checked with Ideogram: %n file(s) are in place.</source>
        <translation>
            <numerusform>Ein beim letzten Mal unterbrochener Upload wurde bei Ideogram geprüft: %n Datei ist angekommen.</numerusform>
            <numerusform>Ein beim letzten Mal unterbrochener Upload wurde bei Ideogram geprüft: %n Dateien sind angekommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Datasets</source>
        <translation>&amp;Datensätze</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>&amp;Train Model…</source>
        <translation>Modell &amp;trainieren…</translation>
    </message>
    <message>
        <source>Train a custom model from the open dataset</source>
        <translation>Ein eigenes Modell aus dem geöffneten Datensatz trainieren</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::ModelDetailPane</name>
    <message>
        <source>Open &amp;Dataset</source>
        <translation>&amp;Datensatz öffnen</translation>
    </message>
    <message>
        <source>Training steps</source>
        <translation>Trainingsschritte</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <source>No model chosen</source>
        <translation>Kein Modell ausgewählt</translation>
    </message>
    <message>
        <source>Choose a model in the list, or train one from a dataset (Dataset ▸ Train Model…).</source>
        <translation>Wählen Sie ein Modell in der Liste oder trainieren Sie eines aus einem Datensatz (Datensatz ▸ Modell trainieren…).</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Status: %1 — the app checks it regularly.</source>
        <translation>Status: %1 – die App prüft ihn regelmäßig.</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Model URI: %1</source>
        <translation>Modell-URI: %1</translation>
    </message>
    <message>
        <source>Shared with this account</source>
        <translation>Mit diesem Konto geteilt</translation>
    </message>
    <message>
        <source>The training steps show after the next check with Ideogram.</source>
        <translation>Die Trainingsschritte erscheinen nach der nächsten Abfrage bei Ideogram.</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::ModelFlow</name>
    <message>
        <source>Could not read the models from Ideogram. %1</source>
        <translation>Die Modelle konnten nicht von Ideogram gelesen werden. %1</translation>
    </message>
    <message>
        <source>No models yet. Open a dataset with at least 15 images and press Train Model… to make one.</source>
        <translation>Noch keine Modelle. Öffnen Sie einen Datensatz mit mindestens 15 Bildern und klicken Sie auf „Modell trainieren…“.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s).</source>
        <translation>
            <numerusform>%n Modell.</numerusform>
            <numerusform>%n Modelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ideogram is making %n image(s)…</source>
        <translation>
            <numerusform>Ideogram erstellt %n Bild…</numerusform>
            <numerusform>Ideogram erstellt %n Bilder…</numerusform>
        </translation>
    </message>
    <message>
        <source>Training “%1” started. The app follows it and tells you when it is done.</source>
        <translation>Training „%1“ gestartet. Die App verfolgt es und meldet sich, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>Model ready</source>
        <translation>Modell bereit</translation>
    </message>
    <message>
        <source>“%1” has finished training and can make images.</source>
        <translation>„%1“ ist fertig trainiert und kann Bilder erstellen.</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <source>Ideogram could not train “%1”. Check the dataset&apos;s images and captions, then train again.</source>
        <translation>Ideogram konnte „%1“ nicht trainieren. Prüfen Sie die Bilder und Bildunterschriften des Datensatzes und trainieren Sie erneut.</translation>
    </message>
    <message>
        <source>Model archived</source>
        <translation>Modell archiviert</translation>
    </message>
    <message>
        <source>“%1” was archived.</source>
        <translation>„%1“ wurde archiviert.</translation>
    </message>
    <message>
        <source>Training not confirmed</source>
        <translation>Training nicht bestätigt</translation>
    </message>
    <message>
        <source>We could not confirm that Ideogram started training “%1”. The answer to the request was lost.</source>
        <translation>Wir konnten nicht bestätigen, dass Ideogram das Training von „%1“ gestartet hat. Die Antwort auf die Anfrage ging verloren.</translation>
    </message>
    <message>
        <source>Training again may start a second training, and Ideogram may bill both. Check again first if you are not sure.</source>
        <translation>Ein erneutes Training kann ein zweites Training starten, und Ideogram berechnet womöglich beide. Prüfen Sie zuerst erneut, wenn Sie unsicher sind.</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Train Anyway</source>
        <translation>Trotzdem trainieren</translation>
    </message>
    <message>
        <source>Forget It</source>
        <translation>Verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n image(s).</source>
        <translation>
            <numerusform>%n Bild gespeichert.</numerusform>
            <numerusform>%n Bilder gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) withheld by Ideogram&apos;s safety check.</source>
        <translation>
            <numerusform>%n Bild von der Sicherheitsprüfung von Ideogram zurückgehalten.</numerusform>
            <numerusform>%n Bilder von der Sicherheitsprüfung von Ideogram zurückgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideogram returned no images.</source>
        <translation>Ideogram hat keine Bilder geliefert.</translation>
    </message>
    <message>
        <source>Ideogram&apos;s safety check refused this prompt. Change the wording and try again.</source>
        <translation>Die Sicherheitsprüfung von Ideogram hat diesen Prompt abgelehnt. Ändern Sie die Formulierung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your Ideogram balance does not cover these images. Top up in the Ideogram dashboard, then generate again.</source>
        <translation>Ihr Ideogram-Guthaben reicht für diese Bilder nicht aus. Laden Sie es im Ideogram-Dashboard auf und generieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::ModelsPage</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>Im Training</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>Mit mir geteilt</translation>
    </message>
    <message>
        <source>Show models</source>
        <translation>Modelle anzeigen</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Read the models from Ideogram again (F5)</source>
        <translation>Die Modelle erneut von Ideogram lesen (F5)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::SandboxBanner</name>
    <message>
        <source>Sandbox — no real Ideogram account. Datasets here vanish when you quit.</source>
        <translation>Sandbox — kein echtes Ideogram-Konto. Datensätze hier verschwinden, wenn Sie die App beenden.</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>Sandbox-Modus</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Paste the API key from your Ideogram account&apos;s API settings. The key is kept in your system keychain, never in a file.</source>
        <translation>Fügen Sie den API-Schlüssel aus den API-Einstellungen Ihres Ideogram-Kontos ein. Der Schlüssel wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the key as you type it</source>
        <translation>Den Schlüssel beim Eingeben anzeigen</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>Schlüssel &amp;testen</translation>
    </message>
    <message>
        <source>Test the key with Ideogram</source>
        <translation>Den Schlüssel bei Ideogram testen</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>E&amp;rweitert</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API-&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the API base URL to Ideogram&apos;s</source>
        <translation>Die API-Basis-URL auf die von Ideogram zurücksetzen</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation>Fügen Sie Ihren API-Schlüssel hier ein</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1 (gespeichert)</translation>
    </message>
    <message>
        <source>In the sandbox the address is fixed for this run.</source>
        <translation>In der Sandbox ist die Adresse für diese Sitzung fest.</translation>
    </message>
    <message>
        <source>Test mode: plain http to this computer. Never use this for Ideogram itself.</source>
        <translation>Testmodus: einfaches http zu diesem Computer. Verwenden Sie das nie für Ideogram selbst.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>This key works.</source>
        <translation>Dieser Schlüssel funktioniert.</translation>
    </message>
    <message>
        <source>Ideogram rejected this key.</source>
        <translation>Ideogram hat diesen Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>The address could not be saved (%1). It is used until you close the app.</source>
        <translation>Die Adresse konnte nicht gespeichert werden (%1). Sie wird verwendet, bis Sie die App schließen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::TrainDialog</name>
    <message>
        <source>I understand that this training is &amp;billed to the Ideogram account of this API key.</source>
        <translation>Mir ist klar, dass dieses Training dem Ideogram-Konto dieses API-Schlüssels &amp;berechnet wird.</translation>
    </message>
    <message>
        <source>Train a Model</source>
        <translation>Ein Modell trainieren</translation>
    </message>
    <message numerus="yes">
        <source>Ideogram trains a custom model on the %n image(s) of “%1”. Training takes a while; the app follows it and tells you when it is done.</source>
        <translation>
            <numerusform>Ideogram trainiert ein eigenes Modell mit dem %n Bild von „%1“. Das Training dauert eine Weile; die App verfolgt es und meldet sich, wenn es fertig ist.</numerusform>
            <numerusform>Ideogram trainiert ein eigenes Modell mit den %n Bildern von „%1“. Das Training dauert eine Weile; die App verfolgt es und meldet sich, wenn es fertig ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. acme shoes</source>
        <translation>z. B. acme shoes</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Modellname</translation>
    </message>
    <message>
        <source>5–30 characters: letters, digits, spaces and hyphens.</source>
        <translation>5–30 Zeichen: Buchstaben, Ziffern, Leerzeichen und Bindestriche.</translation>
    </message>
    <message>
        <source>Training is billed by Ideogram to the account this API key belongs to. The app sends the request once; it never retries it by itself.</source>
        <translation>Ideogram berechnet das Training dem Konto, zu dem dieser API-Schlüssel gehört. Die App sendet die Anfrage einmal und wiederholt sie nie von selbst.</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>Model &amp;name:</source>
        <translation>Modell&amp;name:</translation>
    </message>
    <message>
        <source>This name can be used.</source>
        <translation>Dieser Name kann verwendet werden.</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::UncertainCreatePanel</name>
    <message>
        <source>Check a&amp;gain</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Create an&amp;yway</source>
        <translation>&amp;Trotzdem anlegen</translation>
    </message>
    <message>
        <source>F&amp;orget it</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Dataset creation not confirmed</source>
        <translation>Anlegen des Datensatzes nicht bestätigt</translation>
    </message>
    <message>
        <source>Ask Ideogram again whether the dataset exists.</source>
        <translation>Ideogram erneut fragen, ob der Datensatz existiert.</translation>
    </message>
    <message>
        <source>Send the create again. If the first one did arrive, you will have two datasets of this name.</source>
        <translation>Das Anlegen erneut senden. Falls das erste angekommen ist, haben Sie zwei Datensätze mit diesem Namen.</translation>
    </message>
    <message>
        <source>Stop waiting for this dataset. Nothing more is sent to Ideogram.</source>
        <translation>Nicht länger auf diesen Datensatz warten. Es wird nichts mehr an Ideogram gesendet.</translation>
    </message>
    <message>
        <source>Check again whether the dataset was created</source>
        <translation>Erneut prüfen, ob der Datensatz angelegt wurde</translation>
    </message>
    <message>
        <source>Create the dataset anyway</source>
        <translation>Den Datensatz trotzdem anlegen</translation>
    </message>
    <message>
        <source>Forget this dataset</source>
        <translation>Diesen Datensatz vergessen</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that the dataset “%1” was created. Ideogram may have created it.</source>
        <translation>Wir konnten nicht bestätigen, dass der Datensatz „%1“ angelegt wurde. Ideogram hat ihn vielleicht angelegt.</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::UploadDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>Upload a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Re&amp;try Failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Add Files to “%1”</source>
        <translation>Dateien zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation>Hochzuladende Dateien</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Upload-Fortschritt</translation>
    </message>
    <message>
        <source>Leave the selected files out of this upload (Delete)</source>
        <translation>Die ausgewählten Dateien nicht hochladen (Entf)</translation>
    </message>
    <message>
        <source>Processing on Ideogram… (part %1 of %2)</source>
        <translation>Wird bei Ideogram verarbeitet … (Teil %1 von %2)</translation>
    </message>
    <message>
        <source>Processing on Ideogram…</source>
        <translation>Wird bei Ideogram verarbeitet …</translation>
    </message>
    <message>
        <source>Cancelled. Checking which files had already arrived…</source>
        <translation>Abgebrochen. Es wird geprüft, welche Dateien schon angekommen waren …</translation>
    </message>
    <message>
        <source>Checking with Ideogram which files arrived…</source>
        <translation>Bei Ideogram wird geprüft, welche Dateien angekommen sind …</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s) or folder(s)…</source>
        <translation>
            <numerusform>%n Datei oder Ordner wird geprüft …</numerusform>
            <numerusform>%n Dateien oder Ordner werden geprüft …</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop images (JPEG, PNG, WebP), captions (.txt with the same name as the image), folders or ZIP files here.</source>
        <translation>Ziehen Sie Bilder (JPEG, PNG, WebP), Bildbeschreibungen (.txt mit demselben Namen wie das Bild), Ordner oder ZIP-Dateien hierher.</translation>
    </message>
    <message>
        <source>%1 to send: %2 image file(s) and %3 caption(s); %4 will not be sent.</source>
        <translation>%1 zu senden: %2 Bilddatei(en) und %3 Bildbeschreibung(en); %4 werden nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of images already in the dataset is not known yet; the 100-image limit is checked by Ideogram.</source>
        <translation>Wie viele Bilder der Datensatz schon enthält, ist noch nicht bekannt; die Grenze von 100 Bildern prüft Ideogram.</translation>
    </message>
    <message>
        <source>Starting the upload…</source>
        <translation>Der Upload beginnt …</translation>
    </message>
    <message>
        <source>Sending part %1 of %2: %3 of %4</source>
        <translation>Teil %1 von %2 wird gesendet: %3 von %4</translation>
    </message>
    <message>
        <source>Sending: %1 of %2</source>
        <translation>Wird gesendet: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n Datei hochgeladen</numerusform>
            <numerusform>%n Dateien hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1.</source>
        <translation>Abgebrochen. %1.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Fertig: %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>All files: %p%</source>
        <translation>Alle Dateien: %p %</translation>
    </message>
    <message>
        <source>Progress of the current part</source>
        <translation>Fortschritt des aktuellen Teils</translation>
    </message>
    <message>
        <source>This part: %p%</source>
        <translation>Dieser Teil: %p %</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::WelcomePanel</name>
    <message>
        <source>Welcome to Ideogram Datasets</source>
        <translation>Willkommen bei Ideogram Datasets</translation>
    </message>
    <message>
        <source>To create datasets, this app needs an API key from your Ideogram account.</source>
        <translation>Um Datensätze anzulegen, braucht diese App einen API-Schlüssel Ihres Ideogram-Kontos.</translation>
    </message>
    <message>
        <source>No key yet? The sandbox is a pretend Ideogram on this computer: try the app without an account. Nothing is sent to Ideogram.</source>
        <translation>Noch kein Schlüssel? Die Sandbox ist ein nachgebildetes Ideogram auf diesem Computer: Probieren Sie die App ohne Konto aus. Es wird nichts an Ideogram gesendet.</translation>
    </message>
    <message>
        <source>Enter API &amp;key…</source>
        <translation>API-&amp;Schlüssel eingeben…</translation>
    </message>
    <message>
        <source>&amp;Try the sandbox</source>
        <translation>Sandbox &amp;ausprobieren</translation>
    </message>
    <message>
        <source>Enter API key</source>
        <translation>API-Schlüssel eingeben</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Create and manage datasets for Ideogram custom models. Not made by Ideogram.

Environment: IDEOGRAM_API_KEY=&lt;key&gt; uses that key for this run only; it is never stored.</source>
        <translation>Datensätze für eigene Ideogram-Modelle anlegen und verwalten. Nicht von Ideogram.

Umgebung: IDEOGRAM_API_KEY=&lt;Schlüssel&gt; verwendet diesen Schlüssel nur für diese Sitzung; er wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Start a local Ideogram-compatible sandbox server and use it. No account needed; nothing is sent to Ideogram.</source>
        <translation>Einen lokalen, Ideogram-kompatiblen Sandbox-Server starten und verwenden. Kein Konto nötig; es wird nichts an Ideogram gesendet.</translation>
    </message>
    <message>
        <source>Use this API address for this run (https, or http to this computer).</source>
        <translation>Diese API-Adresse für diese Sitzung verwenden (https, oder http zu diesem Computer).</translation>
    </message>
</context>
</TS>
