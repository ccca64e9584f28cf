<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Ids::App::AppController</name>
    <message>
        <source>The sandbox could not start: no free port on this computer's loopback address (127.0.0.1).</source>
        <translation>Die Sandbox konnte nicht starten: Auf der Loopback-Adresse dieses Computers (127.0.0.1) ist kein Port frei.</translation>
    </message>
</context>
<context>
    <name>Ids::App::Check</name>
    <message>
        <source>Unknown option for --check: %1</source>
        <translation>Unbekannte Option für --check: %1</translation>
    </message>
    <message>
        <source>Usage: ideogram-datasets --check PATH… [--json]</source>
        <translation>Aufruf: ideogram-datasets --check PFAD… [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked: </source>
        <translation>
            <numerusform>%n Datei geprüft: </numerusform>
            <numerusform>%n Dateien geprüft: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s)</source>
        <translation>
            <numerusform>%n Bildbeschreibung</numerusform>
            <numerusform>%n Bildbeschreibungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>These files can be uploaded.</source>
        <translation>Diese Dateien können hochgeladen werden.</translation>
    </message>
    <message>
        <source>These files cannot be uploaded as they are.</source>
        <translation>Diese Dateien können so nicht hochgeladen werden.</translation>
    </message>
</context>
<context>
    <name>Ids::Core::Account</name>
    <message>
        <source>The local database of the account “%1” could not be opened (%2). Check that your home folder is writable and has free space, then try again.</source>
        <translation>Die lokale Datenbank des Kontos „%1“ ließ sich nicht öffnen (%2). Prüfen Sie, ob Ihr Benutzerordner beschreibbar ist und genug freien Platz hat, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 (key …%2)</source>
        <translation>%1 (Schlüssel …%2)</translation>
    </message>
    <message>
        <source>The local database of the account “%1” is damaged and could not be moved aside (%2). Check that your home folder is writable, then try again.</source>
        <translation>Die lokale Datenbank des Kontos „%1“ ist beschädigt und ließ sich nicht beiseitelegen (%2). Prüfen Sie, ob Ihr Benutzerordner beschreibbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>Ids::Core::AccountList</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Ideogram</source>
        <translation>Ideogram</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
</context>
<context>
    <name>Ids::Core::ApiError</name>
    <message>
        <source>The connection to Ideogram broke off before an answer arrived. Try again.</source>
        <translation>Die Verbindung zu Ideogram ist abgebrochen, bevor eine Antwort kam. Versuchen Sie es erneut.</translation>
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
        <source>Ideogram refused the request as invalid. Check what you entered and try again.</source>
        <translation>Ideogram hat die Anfrage als ungültig abgelehnt. Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Ideogram refused the request: %1</source>
        <translation>Ideogram hat die Anfrage abgelehnt: %1</translation>
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
        <source>Ideogram's answer was incomplete or in an unexpected form. Try again; if it keeps happening, this app may need an update.</source>
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
    <message>
        <source>Ideogram gave an address this app does not download from.</source>
        <translation>Ideogram hat eine Adresse genannt, von der diese App nichts herunterlädt.</translation>
    </message>
    <message>
        <source>What was downloaded is not an image.</source>
        <translation>Was heruntergeladen wurde, ist kein Bild.</translation>
    </message>
    <message>
        <source>This computer went offline before the image arrived. Generate again to get it.</source>
        <translation>Dieser Computer war offline, bevor das Bild ankam. Generieren Sie erneut, um es zu erhalten.</translation>
    </message>
    <message>
        <source>The image did not arrive in time. Generate again to get it.</source>
        <translation>Das Bild kam nicht rechtzeitig an. Generieren Sie erneut, um es zu erhalten.</translation>
    </message>
    <message>
        <source>The image could not be downloaded (HTTP %1): its address may have expired. Generate again to get it.</source>
        <translation>Das Bild ließ sich nicht herunterladen (HTTP %1): Seine Adresse ist vielleicht abgelaufen. Generieren Sie erneut, um es zu erhalten.</translation>
    </message>
    <message>
        <source>The image could not be downloaded (the connection failed). Generate again to get it.</source>
        <translation>Das Bild ließ sich nicht herunterladen (die Verbindung ist fehlgeschlagen). Generieren Sie erneut, um es zu erhalten.</translation>
    </message>
    <message>
        <source>The connection is not private: the server's certificate has expired or is not valid yet. Nothing was sent. Check that this computer's date and time are right, then try again.</source>
        <translation>Die Verbindung ist nicht privat: Das Zertifikat des Servers ist abgelaufen oder noch nicht gültig. Es wurde nichts gesendet. Prüfen Sie, ob Datum und Uhrzeit dieses Computers stimmen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The connection is not private: the server's certificate comes from an authority this computer does not trust, so someone may be intercepting it. Nothing was sent. Try another network, or ask the network's administrator.</source>
        <translation>Die Verbindung ist nicht privat: Das Zertifikat des Servers stammt von einer Stelle, der dieser Computer nicht vertraut, jemand könnte also mitlesen. Es wurde nichts gesendet. Versuchen Sie es in einem anderen Netzwerk oder fragen Sie die Person, die das Netzwerk betreut.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) from Ideogram could not be read</source>
        <translation>
            <numerusform>%n Eintrag von Ideogram ließ sich nicht lesen</numerusform>
            <numerusform>%n Einträge von Ideogram ließen sich nicht lesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) from Ideogram could not be read</source>
        <translation>
            <numerusform>%n Datensatz von Ideogram ließ sich nicht lesen</numerusform>
            <numerusform>%n Datensätze von Ideogram ließen sich nicht lesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) from Ideogram could not be read</source>
        <translation>
            <numerusform>%n Modell von Ideogram ließ sich nicht lesen</numerusform>
            <numerusform>%n Modelle von Ideogram ließen sich nicht lesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training step(s) from Ideogram could not be read</source>
        <translation>
            <numerusform>%n Trainingsschritt von Ideogram ließ sich nicht lesen</numerusform>
            <numerusform>%n Trainingsschritte von Ideogram ließen sich nicht lesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this dataset could not be read from Ideogram</source>
        <translation>
            <numerusform>%n Datei dieses Datensatzes ließ sich nicht von Ideogram lesen</numerusform>
            <numerusform>%n Dateien dieses Datensatzes ließen sich nicht von Ideogram lesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) of this dataset could not be read from Ideogram</source>
        <translation>
            <numerusform>%n Modell dieses Datensatzes ließ sich nicht von Ideogram lesen</numerusform>
            <numerusform>%n Modelle dieses Datensatzes ließen sich nicht von Ideogram lesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file result(s) from Ideogram could not be read; those files were looked up in the dataset instead</source>
        <translation>
            <numerusform>%n Dateiergebnis von Ideogram ließ sich nicht lesen; die Datei wurde stattdessen im Datensatz nachgeschlagen</numerusform>
            <numerusform>%n Dateiergebnisse von Ideogram ließen sich nicht lesen; die Dateien wurden stattdessen im Datensatz nachgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) from Ideogram could not be read</source>
        <translation>
            <numerusform>%n Bild von Ideogram ließ sich nicht lesen</numerusform>
            <numerusform>%n Bilder von Ideogram ließen sich nicht lesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset list</source>
        <translation>Datensatzliste</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>Modellliste</translation>
    </message>
    <message>
        <source>Training steps</source>
        <translation>Trainingsschritte</translation>
    </message>
    <message>
        <source>Files of the dataset</source>
        <translation>Dateien des Datensatzes</translation>
    </message>
    <message>
        <source>Models of the dataset</source>
        <translation>Modelle des Datensatzes</translation>
    </message>
    <message>
        <source>Files stored by the upload</source>
        <translation>Vom Upload gespeicherte Dateien</translation>
    </message>
    <message>
        <source>Files refused by the upload</source>
        <translation>Vom Upload abgelehnte Dateien</translation>
    </message>
    <message>
        <source>Generated images</source>
        <translation>Generierte Bilder</translation>
    </message>
    <message>
        <source>%1, entry %2: %3</source>
        <translation>%1, Eintrag %2: %3</translation>
    </message>
    <message>
        <source>Your system keychain is not available, so the key will be kept only until you close the app.</source>
        <translation>Der Schlüsselbund Ihres Systems ist nicht verfügbar, daher wird der Schlüssel nur aufbewahrt, bis Sie die App schließen.</translation>
    </message>
    <message>
        <source>Your keychain is locked and was not unlocked, so the key is kept only until you close the app. Choose Try again and unlock it when asked.</source>
        <translation>Ihr Schlüsselbund ist gesperrt und wurde nicht entsperrt, daher wird der Schlüssel nur aufbewahrt, bis Sie die App schließen. Wählen Sie „Erneut versuchen“ und entsperren Sie ihn, wenn Sie gefragt werden.</translation>
    </message>
    <message>
        <source>Your keychain did not answer in time, so the key is kept only until you close the app. Choose Try again; if it asks for a password, enter it.</source>
        <translation>Ihr Schlüsselbund hat nicht rechtzeitig geantwortet, daher wird der Schlüssel nur aufbewahrt, bis Sie die App schließen. Wählen Sie „Erneut versuchen“; wenn nach einem Passwort gefragt wird, geben Sie es ein.</translation>
    </message>
    <message>
        <source>Ideogram's safety check rejected this image. Remove it or use another image.</source>
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
        <source>Ideogram rejected this file without saying why. Check that it opens, then use Retry failed to send it again.</source>
        <translation>Ideogram hat diese Datei ohne Begründung abgelehnt. Prüfen Sie, ob sie sich öffnen lässt, und senden Sie sie dann mit „Fehlgeschlagene wiederholen“ erneut.</translation>
    </message>
    <message>
        <source>Ideogram rejected this file (%1).</source>
        <translation>Ideogram hat diese Datei abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The connection broke during the upload, and Ideogram could not be asked what arrived. Open the dataset to check, or use Retry failed.</source>
        <translation>Die Verbindung ist während des Uploads abgebrochen, und Ideogram konnte nicht gefragt werden, was angekommen ist. Öffnen Sie den Datensatz zur Kontrolle oder verwenden Sie „Fehlgeschlagene wiederholen“.</translation>
    </message>
    <message>
        <source>Ideogram did not store this file and gave no reason. Use Retry failed to send it again.</source>
        <translation>Ideogram hat diese Datei ohne Angabe von Gründen nicht gespeichert. Senden Sie sie mit „Fehlgeschlagene wiederholen“ erneut.</translation>
    </message>
    <message>
        <source>Ideogram's safety check refused this prompt. Change the wording and try again.</source>
        <translation>Die Sicherheitsprüfung von Ideogram hat diesen Prompt abgelehnt. Ändern Sie die Formulierung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your Ideogram balance does not cover these images. Top up in the Ideogram dashboard, then generate again.</source>
        <translation>Ihr Ideogram-Guthaben reicht für diese Bilder nicht aus. Laden Sie es im Ideogram-Dashboard auf und generieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>You are offline. Connect to the internet, then try again.</source>
        <translation>Sie sind offline. Verbinden Sie sich mit dem Internet und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The proxy needs a user name and password, so nothing was sent. Enter them, then try again.</source>
        <translation>Der Proxy verlangt einen Benutzernamen und ein Passwort, daher wurde nichts gesendet. Geben Sie beides ein und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The proxy %1 needs a user name and password, so nothing was sent. Enter them, then try again.</source>
        <translation>Der Proxy %1 verlangt einen Benutzernamen und ein Passwort, daher wurde nichts gesendet. Geben Sie beides ein und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The proxy server set on this computer does not answer, so nothing was sent. Check the proxy settings of your system, or ask whoever runs the proxy.</source>
        <translation>Der auf diesem Computer eingestellte Proxy-Server antwortet nicht, daher wurde nichts gesendet. Prüfen Sie die Proxy-Einstellungen Ihres Systems oder fragen Sie die Person, die den Proxy betreibt.</translation>
    </message>
    <message>
        <source>The proxy %1 set on this computer does not answer, so nothing was sent. Check the proxy settings of your system, or ask whoever runs the proxy.</source>
        <translation>Der auf diesem Computer eingestellte Proxy %1 antwortet nicht, daher wurde nichts gesendet. Prüfen Sie die Proxy-Einstellungen Ihres Systems oder fragen Sie die Person, die den Proxy betreibt.</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>Proxy: %1</translation>
    </message>
    <message>
        <source>Not captioned — try again. The answer was lost, so Ideogram may have described (and billed) this image; the app does not ask again by itself.</source>
        <translation>Keine Bildbeschreibung – versuchen Sie es erneut. Die Antwort ging verloren; Ideogram hat dieses Bild vielleicht beschrieben (und berechnet). Die App fragt nicht von selbst erneut.</translation>
    </message>
    <message>
        <source>Not captioned: Ideogram describes images up to 10 MB. Use Make Smaller first.</source>
        <translation>Keine Bildbeschreibung: Ideogram beschreibt Bilder bis 10 MB. Verwenden Sie zuerst „Verkleinern“.</translation>
    </message>
    <message>
        <source>Not captioned: the image could not be read from disk. Check that it is still there.</source>
        <translation>Keine Bildbeschreibung: Das Bild ließ sich nicht vom Datenträger lesen. Prüfen Sie, ob es noch da ist.</translation>
    </message>
    <message>
        <source>The connection is not private: the server showed a certificate it made for itself, so someone may be intercepting it. Nothing was sent. Check the API address (File ▸ Accounts…, under Advanced), or try another network.</source>
        <translation>Die Verbindung ist nicht privat: Der Server hat ein selbst ausgestelltes Zertifikat gezeigt, jemand könnte also mitlesen. Es wurde nichts gesendet. Prüfen Sie die API-Adresse (Datei ▸ Konten…, unter „Erweitert“) oder versuchen Sie es in einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>The connection is not private: the server showed a certificate for another address, so someone may be intercepting it. Nothing was sent. Check the API address (File ▸ Accounts…, under Advanced), or try another network.</source>
        <translation>Die Verbindung ist nicht privat: Der Server hat ein Zertifikat für eine andere Adresse gezeigt, jemand könnte also mitlesen. Es wurde nichts gesendet. Prüfen Sie die API-Adresse (Datei ▸ Konten…, unter „Erweitert“) oder versuchen Sie es in einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>The server only offers an old, unsafe kind of secure connection, so nothing was sent. Check the API address (File ▸ Accounts…, under Advanced); a device on your network may be in the way.</source>
        <translation>Der Server bietet nur eine alte, unsichere Art von verschlüsselter Verbindung an, daher wurde nichts gesendet. Prüfen Sie die API-Adresse (Datei ▸ Konten…, unter „Erweitert“); vielleicht steht ein Gerät in Ihrem Netzwerk im Weg.</translation>
    </message>
    <message>
        <source>The server's security certificate could not be verified, so nothing was sent. Check the API address (File ▸ Accounts…, under Advanced) and your network (some office or hotel networks interfere).</source>
        <translation>Das Sicherheitszertifikat des Servers ließ sich nicht überprüfen, daher wurde nichts gesendet. Prüfen Sie die API-Adresse (Datei ▸ Konten…, unter „Erweitert“) und Ihr Netzwerk (manche Büro- oder Hotelnetzwerke greifen in die Verbindung ein).</translation>
    </message>
    <message>
        <source>The Ideogram server could not be found. Check your internet connection and the API address (File ▸ Accounts…, under Advanced), then try again.</source>
        <translation>Der Ideogram-Server wurde nicht gefunden. Prüfen Sie Ihre Internetverbindung und die API-Adresse (Datei ▸ Konten…, unter „Erweitert“) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The Ideogram server refused the connection. Try again in a few minutes; if it keeps happening, check the API address (File ▸ Accounts…, under Advanced).</source>
        <translation>Der Ideogram-Server hat die Verbindung abgelehnt. Versuchen Sie es in ein paar Minuten erneut; wenn das weiter passiert, prüfen Sie die API-Adresse (Datei ▸ Konten…, unter „Erweitert“).</translation>
    </message>
    <message>
        <source>The server tried to send the request elsewhere, which this app does not allow with your key. Check the API address (File ▸ Accounts…, under Advanced).</source>
        <translation>Der Server wollte die Anfrage an eine andere Adresse umleiten, was diese App mit Ihrem Schlüssel nicht zulässt. Prüfen Sie die API-Adresse (Datei ▸ Konten…, unter „Erweitert“).</translation>
    </message>
    <message>
        <source>Ideogram rejected this key. Open File ▸ Accounts… and paste a valid API key.</source>
        <translation>Ideogram hat diesen Schlüssel abgelehnt. Öffnen Sie Datei ▸ Konten… und fügen Sie einen gültigen API-Schlüssel ein.</translation>
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
    <name>Ids::Core::AppSettings</name>
    <message>
        <source>the settings file cannot be written</source>
        <translation>die Einstellungsdatei lässt sich nicht schreiben</translation>
    </message>
    <message>
        <source>the settings file is damaged</source>
        <translation>die Einstellungsdatei ist beschädigt</translation>
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
    <name>Ids::Core::BulkEdit</name>
    <message>
        <source>The search pattern is not a valid regular expression: %1 (at character %2).</source>
        <translation>Das Suchmuster ist kein gültiger regulärer Ausdruck: %1 (bei Zeichen %2).</translation>
    </message>
</context>
<context>
    <name>Ids::Core::CaptionChecks</name>
    <message numerus="yes">
        <source>%n image(s) have no caption.</source>
        <translation>
            <numerusform>%n Bild hat keine Bildbeschreibung.</numerusform>
            <numerusform>%n Bilder haben keine Bildbeschreibung.</numerusform>
        </translation>
    </message>
    <message>
        <source>All captions are the same; a model learns more when each caption says what is different in its image.</source>
        <translation>Alle Bildbeschreibungen sind gleich; ein Modell lernt mehr, wenn jede Beschreibung sagt, was in ihrem Bild anders ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) lack “%1”, which most captions start with.</source>
        <translation>
            <numerusform>%n Bildbeschreibung fehlt „%1“, womit die meisten Beschreibungen beginnen.</numerusform>
            <numerusform>%n Bildbeschreibungen fehlt „%1“, womit die meisten Beschreibungen beginnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) are much longer than the others.</source>
        <translation>
            <numerusform>%n Bildbeschreibung ist viel länger als die anderen.</numerusform>
            <numerusform>%n Bildbeschreibungen sind viel länger als die anderen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Core::CaptionText</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>UTF-16 LE with BOM</source>
        <translation>UTF-16 LE mit BOM</translation>
    </message>
    <message>
        <source>UTF-16 BE with BOM</source>
        <translation>UTF-16 BE mit BOM</translation>
    </message>
</context>
<context>
    <name>Ids::Core::DataSize</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Core::DatasetExport</name>
    <message>
        <source>The ZIP could not be created at %1: %2</source>
        <translation>Die ZIP-Datei konnte unter %1 nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The ZIP could not be written to %1 (%2). Check that the folder is writable and the disk has room, then export again.</source>
        <translation>Die ZIP-Datei konnte nicht nach %1 geschrieben werden (%2). Prüfen Sie, ob der Ordner beschreibbar ist und der Datenträger Platz hat, und exportieren Sie dann erneut.</translation>
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
        <source>Checking whether "%1" was created before the app closed…</source>
        <translation>Es wird geprüft, ob „%1“ angelegt wurde, bevor die App geschlossen wurde…</translation>
    </message>
    <message>
        <source>the new dataset</source>
        <translation>den neuen Datensatz</translation>
    </message>
</context>
<context>
    <name>Ids::Core::Family</name>
    <message>
        <source>Ideogram 4.0</source>
        <translation>Ideogram 4.0</translation>
    </message>
    <message>
        <source>Ideogram 3.0</source>
        <translation>Ideogram 3.0</translation>
    </message>
    <message>
        <source>Family unknown</source>
        <translation>Familie unbekannt</translation>
    </message>
</context>
<context>
    <name>Ids::Core::FileScan</name>
    <message>
        <source>the JPEG header declares no size</source>
        <translation>der JPEG-Kopf nennt keine Größe</translation>
    </message>
    <message>
        <source>the HEIF image declares no size</source>
        <translation>das HEIF-Bild nennt keine Größe</translation>
    </message>
    <message>
        <source>the file name is not valid text on this system</source>
        <translation>der Dateiname ist auf diesem System kein gültiger Text</translation>
    </message>
    <message>
        <source>the link points to a file that does not exist</source>
        <translation>die Verknüpfung zeigt auf eine Datei, die es nicht gibt</translation>
    </message>
</context>
<context>
    <name>Ids::Core::FileSniffer</name>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>text (not UTF-8)</source>
        <translation>Text (nicht UTF-8)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Ids::Core::Generation</name>
    <message>
        <source>This model cannot make images yet.</source>
        <translation>Dieses Modell kann noch keine Bilder erstellen.</translation>
    </message>
    <message>
        <source>Describe the image you want first.</source>
        <translation>Beschreiben Sie zuerst das gewünschte Bild.</translation>
    </message>
    <message>
        <source>Shorten the prompt to at most %1 characters (now %2).</source>
        <translation>Kürzen Sie den Prompt auf höchstens %1 Zeichen (jetzt %2).</translation>
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
        <source>Choose a speed.</source>
        <translation>Wählen Sie eine Geschwindigkeit.</translation>
    </message>
    <message>
        <source>Choose whether Ideogram may improve the prompt.</source>
        <translation>Legen Sie fest, ob Ideogram den Prompt verbessern darf.</translation>
    </message>
    <message>
        <source>Choose a size from the list.</source>
        <translation>Wählen Sie eine Größe aus der Liste.</translation>
    </message>
    <message>
        <source>At most four models can be stacked under the main one.</source>
        <translation>Unter dem Hauptmodell lassen sich höchstens vier Modelle stapeln.</translation>
    </message>
    <message>
        <source>“%1” cannot make images yet.</source>
        <translation>„%1“ kann noch keine Bilder erstellen.</translation>
    </message>
    <message>
        <source>“%1” is the main model: it cannot be stacked under itself.</source>
        <translation>„%1“ ist das Hauptmodell: Es kann nicht unter sich selbst gestapelt werden.</translation>
    </message>
    <message>
        <source>“%1” is in the stack twice.</source>
        <translation>„%1“ ist zweimal im Stapel.</translation>
    </message>
    <message>
        <source>The weight of “%1” must be above 0.</source>
        <translation>Das Gewicht von „%1“ muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>Choose an aspect ratio.</source>
        <translation>Wählen Sie ein Seitenverhältnis.</translation>
    </message>
    <message>
        <source>Choose the image to remix.</source>
        <translation>Wählen Sie das Bild für den Remix.</translation>
    </message>
    <message>
        <source>The image weight must be from 1 to 100.</source>
        <translation>Das Bildgewicht muss zwischen 1 und 100 liegen.</translation>
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
        <source>Image %1 could not be saved: %2</source>
        <translation>Bild %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
</context>
<context>
    <name>Ids::Core::MetadataCaptions</name>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>Ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen.</translation>
    </message>
    <message>
        <source>Line %1: not a JSON object.</source>
        <translation>Zeile %1: kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Line %1: no file_name and text.</source>
        <translation>Zeile %1: kein file_name und text.</translation>
    </message>
    <message>
        <source>The first line does not name the columns file_name and text.</source>
        <translation>Die erste Zeile nennt die Spalten file_name und text nicht.</translation>
    </message>
    <message>
        <source>Record %1: no file_name and text.</source>
        <translation>Datensatz %1: kein file_name und text.</translation>
    </message>
</context>
<context>
    <name>Ids::Core::ModelName</name>
    <message>
        <source>Enter a name for the model.</source>
        <translation>Geben Sie einen Namen für das Modell ein.</translation>
    </message>
    <message>
        <source>Use only the letters A–Z, digits, spaces and hyphens (not "%1").</source>
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
    <name>Ids::Core::Schema</name>
    <message>
        <source>the database was written by a newer version of the app (schema %1)</source>
        <translation>die Datenbank wurde von einer neueren Version der App geschrieben (Schema %1)</translation>
    </message>
</context>
<context>
    <name>Ids::Core::StackRules</name>
    <message>
        <source>At most four models can be stacked under the main one.</source>
        <translation>Unter dem Hauptmodell lassen sich höchstens vier Modelle stapeln.</translation>
    </message>
    <message>
        <source>“%1” is the main model: it cannot be stacked under itself.</source>
        <translation>„%1“ ist das Hauptmodell: Es kann nicht unter sich selbst gestapelt werden.</translation>
    </message>
    <message>
        <source>“%1” is already in the stack.</source>
        <translation>„%1“ ist bereits im Stapel.</translation>
    </message>
    <message>
        <source>“%1” has not finished training: only finished models can be stacked.</source>
        <translation>„%1“ ist noch nicht fertig trainiert: Nur fertige Modelle lassen sich stapeln.</translation>
    </message>
    <message>
        <source>“%1” is an Ideogram 3.0 model: only Ideogram 4.0 models can be stacked.</source>
        <translation>„%1“ ist ein Ideogram-3.0-Modell: Nur Ideogram-4.0-Modelle lassen sich stapeln.</translation>
    </message>
    <message>
        <source>The app does not know yet whether “%1” is an Ideogram 4.0 model: only those can be stacked.</source>
        <translation>Die App weiß noch nicht, ob „%1“ ein Ideogram-4.0-Modell ist: Nur solche lassen sich stapeln.</translation>
    </message>
    <message>
        <source>The weight must be above 0.</source>
        <translation>Das Gewicht muss größer als 0 sein.</translation>
    </message>
</context>
<context>
    <name>Ids::Core::StorageHealth</name>
    <message>
        <source>Nothing was sent, and nothing was billed: the app saves a note of %1 before sending it, and it cannot save anything now because your disk is full or its data folder cannot be written (the message at the top of the window says which). Try again once that message is gone.</source>
        <translation>Es wurde nichts gesendet und nichts berechnet: Die App speichert vor dem Senden eine Notiz für %1 und kann im Moment nichts speichern, weil Ihr Datenträger voll ist oder ihr Datenordner nicht beschreibbar ist (die Meldung oben im Fenster sagt, was davon). Versuchen Sie es erneut, sobald diese Meldung verschwunden ist.</translation>
    </message>
</context>
<context>
    <name>Ids::Core::StructuredCaption</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>Ids::Core::TrainKnobRules</name>
    <message>
        <source>Enter a whole number of steps, such as %1.</source>
        <translation>Geben Sie eine ganze Zahl von Schritten ein, z. B. %1.</translation>
    </message>
    <message>
        <source>Enter a number between 0 and 1, such as 0.999.</source>
        <translation>Geben Sie eine Zahl zwischen 0 und 1 ein, z. B. 0,999.</translation>
    </message>
    <message>
        <source>Enter a number above 0, such as 0.0001.</source>
        <translation>Geben Sie eine Zahl größer als 0 ein, z. B. 0,0001.</translation>
    </message>
    <message>
        <source>Use between %1 and %2 training steps.</source>
        <translation>Verwenden Sie zwischen %1 und %2 Trainingsschritte.</translation>
    </message>
    <message>
        <source>Use a multiple of %1 (such as %2 or %3).</source>
        <translation>Verwenden Sie ein Vielfaches von %1 (z. B. %2 oder %3).</translation>
    </message>
    <message>
        <source>The LoRA rank must be 64 or 128.</source>
        <translation>Der LoRA-Rang muss 64 oder 128 sein.</translation>
    </message>
    <message>
        <source>The EMA must be above 0 and below 1 (typically 0.99 to 0.9999).</source>
        <translation>Der EMA-Wert muss größer als 0 und kleiner als 1 sein (üblich sind 0,99 bis 0,9999).</translation>
    </message>
    <message>
        <source>The learning rate must be above 0 (typically 0.00001 to 0.0001).</source>
        <translation>Die Lernrate muss größer als 0 sein (üblich sind 0,00001 bis 0,0001).</translation>
    </message>
    <message>
        <source>The batch size must be 1, 2, 4, 8, 16 or 32.</source>
        <translation>Die Batchgröße muss 1, 2, 4, 8, 16 oder 32 sein.</translation>
    </message>
    <message>
        <source>Choose one of the base variants Ideogram offers.</source>
        <translation>Wählen Sie eine der Basisvarianten, die Ideogram anbietet.</translation>
    </message>
    <message>
        <source>Choose Ideogram 4.0 or Ideogram 3.0 to train on.</source>
        <translation>Wählen Sie Ideogram 4.0 oder Ideogram 3.0 als Grundlage für das Training.</translation>
    </message>
    <message>
        <source>Batch size and base variant exist only for Ideogram 4.0 trainings.</source>
        <translation>Batchgröße und Basisvariante gibt es nur bei Trainings mit Ideogram 4.0.</translation>
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
        <source>Waiting for the dataset's details from Ideogram…</source>
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
        <source>Checking whether the training "%1" was started before the app closed…</source>
        <translation>Es wird geprüft, ob das Training „%1“ vor dem Schließen der App gestartet wurde…</translation>
    </message>
    <message>
        <source>the training</source>
        <translation>das Training</translation>
    </message>
</context>
<context>
    <name>Ids::Core::UploadReview</name>
    <message>
        <source>This file is empty.</source>
        <translation>Diese Datei ist leer.</translation>
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
        <source>This caption is longer than %1.</source>
        <translation>Diese Bildbeschreibung ist länger als %1.</translation>
    </message>
    <message>
        <source>This structured caption is not a JSON object.</source>
        <translation>Diese strukturierte Bildbeschreibung ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This is a text file, not an image. Captions need the .txt extension.</source>
        <translation>Dies ist eine Textdatei, kein Bild. Bildbeschreibungen brauchen die Endung .txt.</translation>
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
        <source>Skipped: Mac file information that macOS adds to ZIP files, not a picture.</source>
        <translation>Übersprungen: Dateiinformationen, die macOS in ZIP-Dateien ablegt, kein Bild.</translation>
    </message>
    <message>
        <source>Skipped: a Mac file's hidden attributes (a “._” file), not a picture.</source>
        <translation>Übersprungen: versteckte Attribute einer Mac-Datei (eine „._“-Datei), kein Bild.</translation>
    </message>
    <message>
        <source>Skipped: the Mac Finder's folder settings, not a picture.</source>
        <translation>Übersprungen: Ordnereinstellungen des Mac-Finders, kein Bild.</translation>
    </message>
    <message>
        <source>Skipped: Windows' thumbnail cache, not a picture.</source>
        <translation>Übersprungen: der Miniaturansichten-Cache von Windows, kein Bild.</translation>
    </message>
    <message>
        <source>Skipped: Windows' folder settings, not a picture.</source>
        <translation>Übersprungen: Ordnereinstellungen von Windows, kein Bild.</translation>
    </message>
    <message>
        <source>Skipped: an empty folder.</source>
        <translation>Übersprungen: ein leerer Ordner.</translation>
    </message>
    <message>
        <source>Skipped: a hidden file (its name starts with a dot).</source>
        <translation>Übersprungen: eine versteckte Datei (ihr Name beginnt mit einem Punkt).</translation>
    </message>
    <message>
        <source>This image cannot be read (%1). Open it in an image program and save it again.</source>
        <translation>Dieses Bild lässt sich nicht lesen (%1). Öffnen Sie es in einem Bildprogramm und speichern Sie es erneut.</translation>
    </message>
    <message>
        <source>HEIC/AVIF image with transparency, will be sent as PNG.</source>
        <translation>HEIC/AVIF-Bild mit Transparenz, wird als PNG gesendet.</translation>
    </message>
    <message>
        <source>HEIC photo, will be sent as JPEG.</source>
        <translation>HEIC-Foto, wird als JPEG gesendet.</translation>
    </message>
    <message>
        <source>Stored sideways with a rotation tag; it will be sent upright.</source>
        <translation>Quer gespeichert mit einer Drehangabe; es wird aufrecht gesendet.</translation>
    </message>
    <message>
        <source>Stored sideways with a rotation tag, which a trainer may ignore. Save it upright as JPEG or PNG if it shows sideways.</source>
        <translation>Quer gespeichert mit einer Drehangabe, die beim Training übersehen werden kann. Speichern Sie es aufrecht als JPEG oder PNG, falls es quer erscheint.</translation>
    </message>
    <message>
        <source>A JPEG in print colours (CMYK); it will be sent as an RGB JPEG.</source>
        <translation>Ein JPEG in Druckfarben (CMYK); es wird als RGB-JPEG gesendet.</translation>
    </message>
    <message>
        <source>This WebP is animated; Ideogram trains on still images. Save the frame you want as JPEG, PNG or WebP.</source>
        <translation>Dieses WebP ist animiert; Ideogram trainiert mit Standbildern. Speichern Sie das gewünschte Einzelbild als JPEG, PNG oder WebP.</translation>
    </message>
    <message>
        <source>This PNG is animated; only its first frame is used.</source>
        <translation>Dieses PNG ist animiert; nur sein erstes Einzelbild wird verwendet.</translation>
    </message>
    <message>
        <source>A 16-bit PNG; sent as it is.</source>
        <translation>Ein 16-Bit-PNG; wird unverändert gesendet.</translation>
    </message>
    <message>
        <source>This image could not be converted (%1).</source>
        <translation>Dieses Bild ließ sich nicht umwandeln (%1).</translation>
    </message>
    <message>
        <source>Made smaller to %1 × %2 pixels.</source>
        <translation>Verkleinert auf %1 × %2 Pixel.</translation>
    </message>
    <message>
        <source>This image is %1; the limit is %2.</source>
        <translation>Dieses Bild ist %1 groß; die Grenze liegt bei %2.</translation>
    </message>
    <message>
        <source>Use Make Smaller to scale it to %1 pixels on its longest side.</source>
        <translation>Mit „Verkleinern“ wird es auf %1 Pixel an der längsten Seite skaliert.</translation>
    </message>
    <message>
        <source>Make it smaller in an image program.</source>
        <translation>Verkleinern Sie es in einem Bildprogramm.</translation>
    </message>
    <message>
        <source>Only %1 × %2 pixels: under %3 pixels on its short side, it teaches the model little.</source>
        <translation>Nur %1 × %2 Pixel: Mit weniger als %3 Pixeln an der kurzen Seite lernt das Modell wenig daraus.</translation>
    </message>
    <message>
        <source>A JPEG named .%1; it will be sent as .jpg.</source>
        <translation>Ein JPEG mit der Endung .%1; es wird als .jpg gesendet.</translation>
    </message>
    <message>
        <source>Its Windows line ends (CRLF) will be sent as plain line ends (LF).</source>
        <translation>Ihre Windows-Zeilenenden (CRLF) werden als einfache Zeilenenden (LF) gesendet.</translation>
    </message>
    <message>
        <source>Caption saved as %1; it will be sent as UTF-8.</source>
        <translation>Bildbeschreibung als %1 gespeichert; sie wird als UTF-8 gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) in this folder were not added: at most %1 files are taken from folders. Add them in a second upload.</source>
        <translation>
            <numerusform>%n weitere Datei in diesem Ordner wurde nicht hinzugefügt: Aus Ordnern werden höchstens %1 Dateien übernommen. Fügen Sie sie in einem zweiten Upload hinzu.</numerusform>
            <numerusform>%n weitere Dateien in diesem Ordner wurden nicht hinzugefügt: Aus Ordnern werden höchstens %1 Dateien übernommen. Fügen Sie sie in einem zweiten Upload hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its name is not valid text on this computer (it was probably made on a system with another alphabet), so it cannot be opened. Rename the file, then add it again.</source>
        <translation>Ihr Name ist auf diesem Computer kein gültiger Text (sie stammt wohl von einem System mit einem anderen Alphabet), daher lässt sie sich nicht öffnen. Benennen Sie die Datei um und fügen Sie sie dann erneut hinzu.</translation>
    </message>
    <message>
        <source>This is a link to a file that no longer exists.</source>
        <translation>Dies ist eine Verknüpfung zu einer Datei, die es nicht mehr gibt.</translation>
    </message>
    <message>
        <source>This file could not be read (%1). Check that you may open it.</source>
        <translation>Diese Datei ließ sich nicht lesen (%1). Prüfen Sie, ob Sie sie öffnen dürfen.</translation>
    </message>
    <message>
        <source>An archive inside the archive; unpack it and add its files.</source>
        <translation>Ein Archiv im Archiv; entpacken Sie es und fügen Sie seine Dateien hinzu.</translation>
    </message>
    <message>
        <source>This caption is not UTF-8 or UTF-16 text (perhaps an older Windows or Mac encoding). Save it again as UTF-8.</source>
        <translation>Diese Bildbeschreibung ist kein UTF-8- oder UTF-16-Text (vielleicht eine ältere Windows- oder Mac-Kodierung). Speichern Sie sie erneut als UTF-8.</translation>
    </message>
    <message>
        <source>This caption file does not hold text (it has bytes no text file has). Open it in a text editor and save it as UTF-8 text.</source>
        <translation>Diese Beschreibungsdatei enthält keinen Text (sie enthält Bytes, die in keiner Textdatei vorkommen). Öffnen Sie sie in einem Texteditor und speichern Sie sie als UTF-8-Text.</translation>
    </message>
    <message>
        <source>This is not a JPEG, PNG, WebP or HEIC image, caption or ZIP file.</source>
        <translation>Dies ist weder ein JPEG-, PNG-, WebP- oder HEIC-Bild noch eine Bildbeschreibung oder ZIP-Datei.</translation>
    </message>
    <message>
        <source>Another file is sent as %1; this one will be sent as %2.</source>
        <translation>Eine andere Datei wird als %1 gesendet; diese wird als %2 gesendet.</translation>
    </message>
    <message>
        <source>Sent as %1, with its image.</source>
        <translation>Wird als %1 mit ihrem Bild gesendet.</translation>
    </message>
    <message>
        <source>This ZIP file holds no image that can be sent.</source>
        <translation>Diese ZIP-Datei enthält kein Bild, das gesendet werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>Sent as it is: %n image(s).</source>
        <translation>
            <numerusform>Wird unverändert gesendet: %n Bild.</numerusform>
            <numerusform>Wird unverändert gesendet: %n Bilder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Larger than %1: its %n image(s) will be sent one by one.</source>
        <translation>
            <numerusform>Größer als %1: Ihr %n Bild wird einzeln gesendet.</numerusform>
            <numerusform>Größer als %1: Ihre %n Bilder werden einzeln gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n image(s) will be sent one by one, without the skipped files.</source>
        <translation>
            <numerusform>Ihr %n Bild wird einzeln gesendet, ohne die übersprungenen Dateien.</numerusform>
            <numerusform>Ihre %n Bilder werden einzeln gesendet, ohne die übersprungenen Dateien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dataset will hold %n image(s); training needs at least %1. You can add more later.</source>
        <translation>
            <numerusform>Der Datensatz wird %n Bild enthalten; das Training braucht mindestens %1. Sie können später weitere hinzufügen.</numerusform>
            <numerusform>Der Datensatz wird %n Bilder enthalten; das Training braucht mindestens %1. Sie können später weitere hinzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Captions for the images are read from this file; it is not sent itself.</source>
        <translation>Die Bildbeschreibungen werden aus dieser Datei gelesen; sie selbst wird nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>Ids::Core::UploadService</name>
    <message>
        <source>these files</source>
        <translation>diese Dateien</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s) added (%2)</source>
        <translation>
            <numerusform>%1: %n Bild hinzugefügt (%2)</numerusform>
            <numerusform>%1: %n Bilder hinzugefügt (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s) were already in the dataset (%2)</source>
        <translation>
            <numerusform>%1: %n Bild war schon im Datensatz (%2)</numerusform>
            <numerusform>%1: %n Bilder waren schon im Datensatz (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Core::ZipArchive</name>
    <message>
        <source>an entry has no name</source>
        <translation>ein Eintrag hat keinen Namen</translation>
    </message>
    <message>
        <source>an entry name holds control characters</source>
        <translation>ein Eintragsname enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>an entry has an absolute path</source>
        <translation>ein Eintrag hat einen absoluten Pfad</translation>
    </message>
    <message>
        <source>an entry name starts with a drive letter</source>
        <translation>ein Eintragsname beginnt mit einem Laufwerksbuchstaben</translation>
    </message>
    <message>
        <source>an entry name climbs out of the archive (..)</source>
        <translation>ein Eintragsname führt aus dem Archiv heraus (..)</translation>
    </message>
    <message>
        <source>an entry name is a device name (%1)</source>
        <translation>ein Eintragsname ist ein Gerätename (%1)</translation>
    </message>
    <message>
        <source>the file is too short to be a ZIP archive</source>
        <translation>die Datei ist zu kurz für ein ZIP-Archiv</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>die Datei ließ sich nicht lesen</translation>
    </message>
    <message>
        <source>its table of contents is missing; the archive is damaged</source>
        <translation>sein Inhaltsverzeichnis fehlt; das Archiv ist beschädigt</translation>
    </message>
    <message>
        <source>ZIP64 archives are not supported</source>
        <translation>ZIP64-Archive werden nicht unterstützt</translation>
    </message>
    <message>
        <source>it holds more than %1 entries</source>
        <translation>es enthält mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>its table of contents points outside the file; the archive is damaged</source>
        <translation>sein Inhaltsverzeichnis zeigt aus der Datei heraus; das Archiv ist beschädigt</translation>
    </message>
    <message>
        <source>its table of contents is cut short; the archive is damaged</source>
        <translation>sein Inhaltsverzeichnis bricht ab; das Archiv ist beschädigt</translation>
    </message>
    <message>
        <source>its table of contents is damaged</source>
        <translation>sein Inhaltsverzeichnis ist beschädigt</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>es ist verschlüsselt</translation>
    </message>
    <message>
        <source>an entry points outside the archive; the archive is damaged</source>
        <translation>ein Eintrag zeigt aus dem Archiv heraus; das Archiv ist beschädigt</translation>
    </message>
    <message>
        <source>it would expand to more than 2 GB</source>
        <translation>entpackt wäre es größer als 2 GB</translation>
    </message>
    <message>
        <source>an entry name is marked UTF-8 but is not</source>
        <translation>ein Eintragsname ist als UTF-8 markiert, ist es aber nicht</translation>
    </message>
    <message>
        <source>an entry expands more than %1 times (a ZIP bomb)</source>
        <translation>ein Eintrag wird beim Entpacken mehr als %1-mal so groß (eine ZIP-Bombe)</translation>
    </message>
    <message>
        <source>the archive holds another archive</source>
        <translation>das Archiv enthält ein weiteres Archiv</translation>
    </message>
    <message>
        <source>the archive could not be read</source>
        <translation>das Archiv ließ sich nicht lesen</translation>
    </message>
    <message>
        <source>an entry's header is damaged</source>
        <translation>der Kopf eines Eintrags ist beschädigt</translation>
    </message>
    <message>
        <source>an entry is cut short; the archive is damaged</source>
        <translation>ein Eintrag bricht ab; das Archiv ist beschädigt</translation>
    </message>
    <message>
        <source>an entry is compressed with method %1, which cannot be read</source>
        <translation>ein Eintrag ist mit Verfahren %1 komprimiert, das nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>an entry holds more than its declared size</source>
        <translation>ein Eintrag enthält mehr als seine angegebene Größe</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>das Entpacken ließ sich nicht starten</translation>
    </message>
    <message>
        <source>an entry's compressed data ends too early</source>
        <translation>die komprimierten Daten eines Eintrags enden zu früh</translation>
    </message>
    <message>
        <source>an entry's compressed data is damaged</source>
        <translation>die komprimierten Daten eines Eintrags sind beschädigt</translation>
    </message>
    <message>
        <source>an entry is shorter than its declared size</source>
        <translation>ein Eintrag ist kürzer als seine angegebene Größe</translation>
    </message>
    <message>
        <source>an entry's checksum does not match; the archive is damaged</source>
        <translation>die Prüfsumme eines Eintrags stimmt nicht; das Archiv ist beschädigt</translation>
    </message>
    <message>
        <source>the extracted file could not be written</source>
        <translation>die entpackte Datei ließ sich nicht schreiben</translation>
    </message>
    <message>
        <source>the archive could not be written: %1</source>
        <translation>das Archiv konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>more than %1 entries need ZIP64, which is not written</source>
        <translation>mehr als %1 Einträge bräuchten ZIP64, das nicht geschrieben wird</translation>
    </message>
    <message>
        <source>an entry name is empty or too long</source>
        <translation>ein Eintragsname ist leer oder zu lang</translation>
    </message>
    <message>
        <source>the archive would reach 4 GiB, which needs ZIP64</source>
        <translation>das Archiv würde 4 GiB erreichen, was ZIP64 bräuchte</translation>
    </message>
    <message>
        <source>a file could not be read: %1</source>
        <translation>eine Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>an entry of 4 GiB or more needs ZIP64, which is not written</source>
        <translation>ein Eintrag ab 4 GiB bräuchte ZIP64, das nicht geschrieben wird</translation>
    </message>
</context>
<context>
    <name>Ids::Imaging::ImageDecoder</name>
    <message>
        <source>the image declares %1 pixels</source>
        <translation>das Bild gibt %1 Pixel an</translation>
    </message>
    <message>
        <source>the decoder returned no pixels</source>
        <translation>beim Dekodieren kamen keine Pixel heraus</translation>
    </message>
    <message>
        <source>the image declares %1 x %2 pixels</source>
        <translation>das Bild gibt %1 × %2 Pixel an</translation>
    </message>
</context>
<context>
    <name>Ids::Imaging::Prepare</name>
    <message>
        <source>the file is too large to convert</source>
        <translation>die Datei ist zu groß zum Umwandeln</translation>
    </message>
    <message>
        <source>the archive changed since it was checked</source>
        <translation>das Archiv hat sich seit der Prüfung geändert</translation>
    </message>
    <message>
        <source>the image could not be decoded</source>
        <translation>das Bild ließ sich nicht dekodieren</translation>
    </message>
    <message>
        <source>nothing to prepare</source>
        <translation>nichts vorzubereiten</translation>
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
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
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
    <message>
        <source>Has a cover picture</source>
        <translation>Hat ein Titelbild</translation>
    </message>
    <message>
        <source>The first image added from this computer</source>
        <translation>Das erste von diesem Computer hinzugefügte Bild</translation>
    </message>
    <message>
        <source>No images yet: the first image you add becomes the cover.</source>
        <translation>Noch keine Bilder: Das erste Bild, das Sie hinzufügen, wird zum Titelbild.</translation>
    </message>
    <message>
        <source>The cover was added from another computer or the website; Ideogram does not send its picture.</source>
        <translation>Das Titelbild wurde von einem anderen Computer oder über die Website hinzugefügt; Ideogram sendet das Bild dazu nicht.</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Titelbild</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>Ids::Models::GalleryImages</name>
    <message>
        <source>The picture is too large to open: it declares more pixels than the app reads.</source>
        <translation>Das Bild ist zu groß zum Öffnen: Es gibt mehr Pixel an, als die App einliest.</translation>
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
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Ideogram sent no status for this model</source>
        <translation>Ideogram hat für dieses Modell keinen Status gesendet</translation>
    </message>
    <message>
        <source>Not trained by this app: it asks Ideogram which version the model is built on.</source>
        <translation>Nicht mit dieser App trainiert: Die App fragt bei Ideogram nach, auf welcher Version das Modell aufbaut.</translation>
    </message>
    <message>
        <source>Known once the model can make images.</source>
        <translation>Bekannt, sobald das Modell Bilder erstellen kann.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
</context>
<context>
    <name>Ids::Models::ReviewCaptions</name>
    <message>
        <source>Edit caption</source>
        <translation>Bildbeschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Captions from Ideogram</source>
        <translation>Bildbeschreibungen von Ideogram</translation>
    </message>
    <message numerus="yes">
        <source>Change %n caption(s)</source>
        <translation>
            <numerusform>%n Bildbeschreibung ändern</numerusform>
            <numerusform>%n Bildbeschreibungen ändern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Models::Thumbnailer</name>
    <message>
        <source>the image declares %1 x %2 pixels</source>
        <translation>das Bild gibt %1 × %2 Pixel an</translation>
    </message>
    <message>
        <source>the archive changed</source>
        <translation>das Archiv hat sich geändert</translation>
    </message>
    <message>
        <source>the file is too large for a preview</source>
        <translation>die Datei ist zu groß für eine Vorschau</translation>
    </message>
    <message>
        <source>the stored thumbnail is damaged</source>
        <translation>das gespeicherte Vorschaubild ist beschädigt</translation>
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
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>Ready: caption for %1.</source>
        <translation>Bereit: Bildbeschreibung zu %1.</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>HEIF image</source>
        <translation>HEIF-Bild</translation>
    </message>
    <message>
        <source>HEIC photo</source>
        <translation>HEIC-Foto</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>%1
Sent as %2</source>
        <translation>%1
Wird als %2 gesendet</translation>
    </message>
    <message>
        <source>No caption</source>
        <translation>Keine Bildbeschreibung</translation>
    </message>
    <message>
        <source>From Ideogram: a draft to check and change.</source>
        <translation>Von Ideogram: ein Entwurf zum Prüfen und Ändern.</translation>
    </message>
    <message>
        <source>From the caption file next to the image.</source>
        <translation>Aus der Beschreibungsdatei neben dem Bild.</translation>
    </message>
    <message>
        <source>From the folder's metadata file.</source>
        <translation>Aus der Metadatendatei des Ordners.</translation>
    </message>
    <message>
        <source>Written here.</source>
        <translation>Hier geschrieben.</translation>
    </message>
    <message>
        <source>This image has no caption yet.</source>
        <translation>Dieses Bild hat noch keine Bildbeschreibung.</translation>
    </message>
    <message>
        <source>From the caption file next to the image; the folder's metadata file has other words for it.</source>
        <translation>Aus der Beschreibungsdatei neben dem Bild; die Metadatendatei des Ordners beschreibt es anders.</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::AboutDialog</name>
    <message>
        <source>Ideogram Datasets — MIT licence</source>
        <translation>Ideogram Datasets – MIT-Lizenz</translation>
    </message>
    <message>
        <source>This app is free software under the MIT licence.</source>
        <translation>Diese App ist freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Qt %1 — GNU LGPL version 3</source>
        <translation>Qt %1 – GNU LGPL Version 3</translation>
    </message>
    <message>
        <source>The app uses the Qt libraries under the GNU Lesser General Public License version 3, which adds to the GNU General Public License version 3 (both texts below). Qt's source code is available from the Qt Project (download.qt.io) and from your system's packages; you may replace the Qt libraries the app uses with your own build of them.</source>
        <translation>Die App verwendet die Qt-Bibliotheken unter der GNU Lesser General Public License Version 3, die die GNU General Public License Version 3 ergänzt (beide Texte unten). Den Quellcode von Qt erhalten Sie beim Qt Project (download.qt.io) und über die Pakete Ihres Systems; Sie dürfen die von der App verwendeten Qt-Bibliotheken durch eigene Builds ersetzen.</translation>
    </message>
    <message>
        <source>QtKeychain %1 — BSD 2-clause licence</source>
        <translation>QtKeychain %1 – BSD-Lizenz (2 Klauseln)</translation>
    </message>
    <message>
        <source>The app keeps your API key in the system keychain through QtKeychain, used under the BSD 2-clause licence.</source>
        <translation>Die App bewahrt Ihren API-Schlüssel über QtKeychain im Schlüsselbund des Systems auf; QtKeychain wird unter der BSD-Lizenz (2 Klauseln) verwendet.</translation>
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

This app is not made by Ideogram and is not affiliated with Ideogram. It uses Ideogram's public API with your own API key.</source>
        <translation>Datensätze für eigene Ideogram-Modelle anlegen und verwalten.

Diese App stammt nicht von Ideogram und ist nicht mit Ideogram verbunden. Sie nutzt die öffentliche API von Ideogram mit Ihrem eigenen API-Schlüssel.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>&amp;Licences:</source>
        <translation>&amp;Lizenzen:</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::AccountEditor</name>
    <message>
        <source>Each account is an Ideogram workspace with its own key: everything done in it is billed to that workspace. Paste the key from the workspace's API settings; it is kept in your system keychain, never in a file.</source>
        <translation>Jedes Konto ist ein Ideogram-Arbeitsbereich mit eigenem Schlüssel: Alles, was darin geschieht, wird diesem Arbeitsbereich berechnet. Fügen Sie den Schlüssel aus den API-Einstellungen des Arbeitsbereichs ein; er wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Acme client</source>
        <translation>z. B. Kunde Acme</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
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
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>Reset the API address to Ideogram's</source>
        <translation>Die API-Adresse auf die von Ideogram zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>The sandbox needs no key</source>
        <translation>Die Sandbox braucht keinen Schlüssel</translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation>Schlüsselbund wird gefragt…</translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation>Fügen Sie Ihren API-Schlüssel hier ein</translation>
    </message>
    <message>
        <source>…%1 (saved)</source>
        <translation>…%1 (gespeichert)</translation>
    </message>
    <message>
        <source>The key has not been used with Ideogram yet.</source>
        <translation>Der Schlüssel wurde noch nicht bei Ideogram verwendet.</translation>
    </message>
    <message>
        <source>The sandbox runs on this computer; its address is fixed for this run.</source>
        <translation>Die Sandbox läuft auf diesem Computer; ihre Adresse steht für diese Sitzung fest.</translation>
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
        <source>Ad&amp;vanced</source>
        <translation>E&amp;rweitert</translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation>API-A&amp;dresse:</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Asks Ideogram whether the key works. This is free: nothing is created or billed.</source>
        <translation>Fragt Ideogram, ob der Schlüssel funktioniert. Das ist kostenlos: Es wird nichts erstellt oder berechnet.</translation>
    </message>
    <message>
        <source>…%1 (used until you quit; not saved)</source>
        <translation>…%1 (gilt bis zum Beenden; nicht gespeichert)</translation>
    </message>
    <message>
        <source>Ideogram last accepted this key on %1.</source>
        <translation>Ideogram hat diesen Schlüssel zuletzt am %1 angenommen.</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::AccountSwitcher</name>
    <message>
        <source>&amp;Choose Account…</source>
        <translation>Konto &amp;wählen…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>The account the window shows and everything is billed to</source>
        <translation>Das Konto, das das Fenster zeigt und dem alles berechnet wird</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Open the list of accounts in the toolbar</source>
        <translation>Die Kontenliste in der Werkzeugleiste öffnen</translation>
    </message>
    <message>
        <source>Show the account “%1”; what you do is billed to it</source>
        <translation>Das Konto „%1“ anzeigen; was Sie tun, wird ihm berechnet</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::AccountsDialog</name>
    <message>
        <source>&amp;Add Account</source>
        <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Save this account</source>
        <translation>Dieses Konto speichern</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (in Verwendung)</translation>
    </message>
    <message>
        <source>A pretend Ideogram on this computer; nothing is billed.</source>
        <translation>Ein nachgebildetes Ideogram auf diesem Computer; nichts wird berechnet.</translation>
    </message>
    <message>
        <source>The sandbox is part of the app and cannot be removed.</source>
        <translation>Die Sandbox gehört zur App und lässt sich nicht entfernen.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>Das Konto „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its key is removed from your system keychain. Its datasets and models on Ideogram are not touched. The datasets, models and thumbnails this computer kept for it can stay, or go too.</source>
        <translation>Sein Schlüssel wird aus dem Schlüsselbund Ihres Systems entfernt. Seine Datensätze und Modelle bei Ideogram bleiben unberührt. Die Datensätze, Modelle und Vorschaubilder, die dieser Computer dafür aufbewahrt hat, können bleiben oder ebenfalls gelöscht werden.</translation>
    </message>
    <message>
        <source>Remove, &amp;Keep Local Data</source>
        <translation>Entfernen, lokale Daten &amp;behalten</translation>
    </message>
    <message>
        <source>Remove and &amp;Delete Local Data</source>
        <translation>Entfernen und lokale Daten &amp;löschen</translation>
    </message>
    <message>
        <source>Key Not Confirmed</source>
        <translation>Schlüssel nicht bestätigt</translation>
    </message>
    <message>
        <source>Ideogram did not confirm this key. Save it anyway?</source>
        <translation>Ideogram hat diesen Schlüssel nicht bestätigt. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>%1

Until the key works, nothing can be read from or sent to this account. You can test it again later here.</source>
        <translation>%1

Solange der Schlüssel nicht funktioniert, lässt sich für dieses Konto nichts lesen oder senden. Sie können ihn später hier erneut testen.</translation>
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <source>Keep &amp;Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>%1 — practice, nothing is billed</source>
        <translation>%1 – zum Üben, nichts wird berechnet</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::ArrivalQuestion</name>
    <message>
        <source>F&amp;orget it</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Request not confirmed</source>
        <translation>Anfrage nicht bestätigt</translation>
    </message>
    <message>
        <source>Ask Ideogram again. Nothing is sent twice.</source>
        <translation>Ideogram erneut fragen. Nichts wird doppelt gesendet.</translation>
    </message>
    <message>
        <source>Check again with Ideogram</source>
        <translation>Erneut bei Ideogram prüfen</translation>
    </message>
    <message>
        <source>Stop waiting for it. Nothing more is sent to Ideogram.</source>
        <translation>Nicht länger darauf warten. Es wird nichts mehr an Ideogram gesendet.</translation>
    </message>
    <message>
        <source>Forget this request</source>
        <translation>Diese Anfrage vergessen</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::BulkCaptionDialog</name>
    <message>
        <source>(no caption)</source>
        <translation>(keine Bildbeschreibung)</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Ersetzen &amp;durch:</translation>
    </message>
    <message>
        <source>Pattern (&amp;regular expression)</source>
        <translation>Muster (&amp;regulärer Ausdruck)</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Change Captions</source>
        <translation>Bildbeschreibungen ändern</translation>
    </message>
    <message>
        <source>Add text at the start</source>
        <translation>Text am Anfang hinzufügen</translation>
    </message>
    <message>
        <source>Add text at the end</source>
        <translation>Text am Ende hinzufügen</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Suchen und ersetzen</translation>
    </message>
    <message>
        <source>Set one caption for all</source>
        <translation>Eine Bildbeschreibung für alle festlegen</translation>
    </message>
    <message>
        <source>Clear the captions</source>
        <translation>Bildbeschreibungen leeren</translation>
    </message>
    <message>
        <source>for example: acme shoe,</source>
        <translation>zum Beispiel: acme Schuh,</translation>
    </message>
    <message>
        <source>Treat the text to find as a pattern: \d+ finds numbers, (…) captures a part that \1 puts back in the replacement.</source>
        <translation>Den Suchtext als Muster behandeln: \d+ findet Zahlen, (…) fasst einen Teil, den \1 im Ersatz wieder einsetzt.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected images (%n)</source>
        <translation>
            <numerusform>&amp;Ausgewählte Bilder (%n)</numerusform>
            <numerusform>&amp;Ausgewählte Bilder (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All images (%n)</source>
        <translation>
            <numerusform>A&amp;lle Bilder (%n)</numerusform>
            <numerusform>A&amp;lle Bilder (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Change Captions</source>
        <translation>Bildbeschreibungen ä&amp;ndern</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>Ä&amp;nderung:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>No caption changes.</source>
        <translation>Keine Bildbeschreibung ändert sich.</translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) of %1 will change.</source>
        <translation>
            <numerusform>%n von %1 Bildbeschreibungen ändert sich.</numerusform>
            <numerusform>%n von %1 Bildbeschreibungen ändern sich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und %n weitere.</numerusform>
            <numerusform>…und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::CaptionPanel</name>
    <message>
        <source>Caption</source>
        <translation>Bildbeschreibung</translation>
    </message>
    <message>
        <source>Describe what is in the picture, for example “acme shoe, red, on grass”.</source>
        <translation>Beschreiben Sie, was auf dem Bild ist, zum Beispiel „acme Schuh, rot, auf Gras“.</translation>
    </message>
    <message>
        <source>Select an image to see and write its caption.</source>
        <translation>Wählen Sie ein Bild, um seine Bildbeschreibung zu sehen und zu schreiben.</translation>
    </message>
    <message>
        <source>Captions belong to images: select an image row.</source>
        <translation>Bildbeschreibungen gehören zu Bildern: Wählen Sie eine Bildzeile.</translation>
    </message>
    <message>
        <source>No caption yet.</source>
        <translation>Noch keine Bildbeschreibung.</translation>
    </message>
    <message>
        <source>From the caption file next to the image.</source>
        <translation>Aus der Beschreibungsdatei neben dem Bild.</translation>
    </message>
    <message>
        <source>From the folder's metadata file.</source>
        <translation>Aus der Metadatendatei des Ordners.</translation>
    </message>
    <message>
        <source>Too long: captions can be at most %1. Shorten it before you upload.</source>
        <translation>Zu lang: Bildbeschreibungen dürfen höchstens %1 lang sein. Kürzen Sie sie vor dem Hochladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) (at most %1)</source>
        <translation>
            <numerusform>%n Zeichen (höchstens %1)</numerusform>
            <numerusform>%n Zeichen (höchstens %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Written here.</source>
        <translation>Hier geschrieben.</translation>
    </message>
    <message>
        <source>From Ideogram, structured (4.0): check it.</source>
        <translation>Von Ideogram, strukturiert (4.0): Bitte prüfen.</translation>
    </message>
    <message>
        <source>From Ideogram: check it.</source>
        <translation>Von Ideogram: Bitte prüfen.</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetCreateFlow</name>
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
        <source>Couldn't create the dataset.</source>
        <translation>Der Datensatz konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Couldn't create the dataset “%1”.</source>
        <translation>Der Datensatz „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>We couldn't confirm that the dataset “%1” was created. Ideogram may have created it.</source>
        <translation>Wir konnten nicht bestätigen, dass der Datensatz „%1“ angelegt wurde. Ideogram hat ihn vielleicht angelegt.</translation>
    </message>
    <message>
        <source>Creating it again may leave two datasets of this name; Ideogram cannot delete one.</source>
        <translation>Wird er erneut angelegt, gibt es womöglich zwei Datensätze mit diesem Namen; bei Ideogram lässt sich keiner davon löschen.</translation>
    </message>
    <message>
        <source>Create an&amp;yway</source>
        <translation>Tr&amp;otzdem anlegen</translation>
    </message>
    <message>
        <source>Send the create again. If the first one did arrive, you will have two datasets of this name.</source>
        <translation>Das Anlegen erneut senden. Falls das erste angekommen ist, haben Sie zwei Datensätze mit diesem Namen.</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetDetailPane</name>
    <message>
        <source>&amp;Add Images…</source>
        <translation>Bilder hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Dataset details</source>
        <translation>Datensatzdetails</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
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
        <source>Train a custom model on this dataset's images (Ctrl+T)</source>
        <translation>Ein eigenes Modell mit den Bildern dieses Datensatzes trainieren (Strg+T)</translation>
    </message>
    <message>
        <source>Tra&amp;in Model…</source>
        <translation>Modell tra&amp;inieren…</translation>
    </message>
    <message>
        <source>Add Folde&amp;r…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy the dataset's ID</source>
        <translation>Die ID des Datensatzes kopieren</translation>
    </message>
    <message>
        <source>Choose a folder: its images and captions go into this dataset (Ctrl+Shift+I)</source>
        <translation>Einen Ordner auswählen: Seine Bilder und Bildbeschreibungen kommen in diesen Datensatz (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>Copy this dataset's ID (%1), for scripts or Ideogram's support</source>
        <translation>Die ID dieses Datensatzes (%1) kopieren, für Skripte oder den Support von Ideogram</translation>
    </message>
    <message numerus="yes">
        <source>A dataset holds at most %n image(s).</source>
        <translation>
            <numerusform>Ein Datensatz fasst höchstens %n Bild.</numerusform>
            <numerusform>Ein Datensatz fasst höchstens %n Bilder.</numerusform>
        </translation>
    </message>
    <message>
        <source>No images yet</source>
        <translation>Noch keine Bilder</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>all with captions</source>
        <translation>alle mit Bildbeschreibung</translation>
    </message>
    <message numerus="yes">
        <source>%n without caption</source>
        <translation>
            <numerusform>%n ohne Bildbeschreibung</numerusform>
            <numerusform>%n ohne Bildbeschreibung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near-duplicate(s)</source>
        <translation>
            <numerusform>%n Beinahe-Duplikat</numerusform>
            <numerusform>%n Beinahe-Duplikate</numerusform>
        </translation>
    </message>
    <message>
        <source>smallest %1 px</source>
        <translation>kleinste Seite %1 px</translation>
    </message>
    <message>
        <source>A caption tells the model what the picture shows; images without one teach it less.</source>
        <translation>Eine Bildbeschreibung sagt dem Modell, was das Bild zeigt; aus Bildern ohne Beschreibung lernt es weniger.</translation>
    </message>
    <message>
        <source>Near-duplicates look almost the same as another image here; varied images teach more.</source>
        <translation>Beinahe-Duplikate sehen fast genauso aus wie ein anderes Bild hier; aus abwechslungsreichen Bildern lernt das Modell mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) under %1 pixels on the short side: too small to teach a model much.</source>
        <translation>
            <numerusform>%n Bild mit weniger als %1 Pixeln an der kurzen Seite: zu klein, als dass ein Modell viel daraus lernt.</numerusform>
            <numerusform>%n Bilder mit weniger als %1 Pixeln an der kurzen Seite: zu klein, als dass ein Modell viel daraus lernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sizes and look-alikes are known for the images added from this computer. Click a part to select its images.</source>
        <translation>Größen und Ähnlichkeiten kennt die App bei den Bildern, die von diesem Computer hinzugefügt wurden. Klicken Sie auf einen Teil, um die zugehörigen Bilder auszuwählen.</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetExportFlow</name>
    <message numerus="yes">
        <source>…and %n more (see Show Details)</source>
        <translation>
            <numerusform>…und %n weitere (siehe „Details anzeigen“)</numerusform>
            <numerusform>…und %n weitere (siehe „Details anzeigen“)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a dataset in the list first, then export it.</source>
        <translation>Wählen Sie zuerst einen Datensatz in der Liste aus und exportieren Sie ihn dann.</translation>
    </message>
    <message>
        <source>Open the dataset first: its list of files has not been read from Ideogram yet.</source>
        <translation>Öffnen Sie den Datensatz zuerst: Seine Dateiliste wurde noch nicht von Ideogram gelesen.</translation>
    </message>
    <message>
        <source>There is nothing to export: this computer has no copy of any image of this dataset. Ideogram cannot send images back, so only images uploaded from this computer can be exported.</source>
        <translation>Es gibt nichts zu exportieren: Dieser Computer hat von keinem Bild dieses Datensatzes eine Kopie. Ideogram kann Bilder nicht zurückschicken, daher lassen sich nur Bilder exportieren, die von diesem Computer hochgeladen wurden.</translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation>Datensatz exportieren</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export cancelled; no ZIP was written.</source>
        <translation>Export abgebrochen; es wurde keine ZIP-Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>The ZIP holds %n image(s) with their captions and a metadata.jsonl.</source>
        <translation>
            <numerusform>Die ZIP-Datei enthält %n Bild mit seiner Bildbeschreibung und eine metadata.jsonl.</numerusform>
            <numerusform>Die ZIP-Datei enthält %n Bilder mit ihren Bildbeschreibungen und eine metadata.jsonl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are not in it: this computer has no copy of them (they were uploaded from elsewhere), and Ideogram cannot send images back:</source>
        <translation>
            <numerusform>%n Datei fehlt darin: Dieser Computer hat keine Kopie davon (sie wurde anderswo hochgeladen), und Ideogram kann Bilder nicht zurückschicken:</numerusform>
            <numerusform>%n Dateien fehlen darin: Dieser Computer hat keine Kopie davon (sie wurden anderswo hochgeladen), und Ideogram kann Bilder nicht zurückschicken:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded from here were moved, renamed or deleted since, so they are not in it:</source>
        <translation>
            <numerusform>%n von hier hochgeladene Datei wurde seitdem verschoben, umbenannt oder gelöscht und fehlt daher:</numerusform>
            <numerusform>%n von hier hochgeladene Dateien wurden seitdem verschoben, umbenannt oder gelöscht und fehlen daher:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) are only in metadata.jsonl: another image has the same name before its extension, and its caption file took that name:</source>
        <translation>
            <numerusform>%n Bildbeschreibung steht nur in metadata.jsonl: Ein anderes Bild hat vor der Endung denselben Namen, und dessen Beschreibungsdatei trägt diesen Namen:</numerusform>
            <numerusform>%n Bildbeschreibungen stehen nur in metadata.jsonl: Ein anderes Bild hat vor der Endung denselben Namen, und dessen Beschreibungsdatei trägt diesen Namen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetFlow</name>
    <message>
        <source>Reading your datasets from Ideogram…</source>
        <translation>Ihre Datensätze werden von Ideogram gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %n dataset(s).</source>
        <translation>
            <numerusform>Aktuell: %n Datensatz.</numerusform>
            <numerusform>Aktuell: %n Datensätze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An upload cut short last time was checked with Ideogram: %n file(s) are in place.</source>
        <translation>
            <numerusform>Ein beim letzten Mal unterbrochener Upload wurde bei Ideogram geprüft: %n Datei ist angekommen.</numerusform>
            <numerusform>Ein beim letzten Mal unterbrochener Upload wurde bei Ideogram geprüft: %n Dateien sind angekommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload continues for the account “%1”. You will be told when it is done.</source>
        <translation>Der Upload für das Konto „%1“ läuft weiter. Sie erfahren es, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>The upload for the account “%1” is done: %2 uploaded, %3 failed.</source>
        <translation>Der Upload für das Konto „%1“ ist fertig: %2 hochgeladen, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Finish or close the current upload first.</source>
        <translation>Schließen Sie zuerst den laufenden Upload ab.</translation>
    </message>
    <message>
        <source>Copied the dataset's ID.</source>
        <translation>Die ID des Datensatzes wurde kopiert.</translation>
    </message>
    <message>
        <source>Couldn't read your datasets.</source>
        <translation>Ihre Datensätze konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Create a dataset first: type its name above and press Enter.</source>
        <translation>Legen Sie zuerst einen Datensatz an: Geben Sie oben seinen Namen ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Choose a dataset in the list first: images go into one dataset.</source>
        <translation>Wählen Sie zuerst einen Datensatz in der Liste: Bilder kommen immer in einen bestimmten Datensatz.</translation>
    </message>
    <message>
        <source>There is no dataset to open yet: type a name above and press Enter.</source>
        <translation>Es gibt noch keinen Datensatz zum Öffnen: Geben Sie oben einen Namen ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Choose a dataset in the list first, then open it (Enter).</source>
        <translation>Wählen Sie zuerst einen Datensatz in der Liste und öffnen Sie ihn dann (Eingabetaste).</translation>
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
        <translation>Datensatz an&amp;legen</translation>
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
    <message>
        <source>Open &amp;It</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Create Anothe&amp;r</source>
        <translation>&amp;Weiteren anlegen</translation>
    </message>
    <message>
        <source>Ideogram keeps both; it cannot delete a dataset later.</source>
        <translation>Ideogram behält beide; ein Datensatz lässt sich später nicht löschen.</translation>
    </message>
    <message>
        <source>You already have a dataset named “%1”. Open it, or create another one with the same name?</source>
        <translation>Sie haben bereits einen Datensatz namens „%1“. Möchten Sie ihn öffnen oder einen weiteren mit demselben Namen anlegen?</translation>
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
    <message>
        <source>Try A&amp;gain</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Read your datasets from Ideogram again</source>
        <translation>Ihre Datensätze erneut von Ideogram lesen</translation>
    </message>
    <message>
        <source>Reading your datasets from Ideogram…</source>
        <translation>Ihre Datensätze werden von Ideogram gelesen…</translation>
    </message>
    <message>
        <source>Can't reach Ideogram; your datasets will show when you're back online.</source>
        <translation>Ideogram ist nicht erreichbar; Ihre Datensätze erscheinen, sobald Sie wieder online sind.</translation>
    </message>
    <message>
        <source>Your datasets could not be read from Ideogram. %1</source>
        <translation>Ihre Datensätze konnten nicht von Ideogram gelesen werden. %1</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetView</name>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>&amp;Open Dataset</source>
        <translation>Datensatz ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the dataset's files and models</source>
        <translation>Dateien und Modelle des Datensatzes anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected dataset's ID, for scripts or Ideogram's support</source>
        <translation>Die ID des ausgewählten Datensatzes kopieren, für Skripte oder den Support von Ideogram</translation>
    </message>
    <message>
        <source>&amp;Export Dataset…</source>
        <translation>Datensatz &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save this computer's copies of the dataset's images with their captions as a ZIP</source>
        <translation>Die Kopien der Bilder dieses Datensatzes auf diesem Computer mit ihren Bildbeschreibungen als ZIP-Datei speichern</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DescribeDialog</name>
    <message>
        <source>Write &amp;structured Ideogram 4.0 captions (.json files) instead of plain text</source>
        <translation>&amp;Strukturierte Ideogram-4.0-Beschreibungen (.json-Dateien) statt reinem Text schreiben</translation>
    </message>
    <message>
        <source>Caption with Ideogram</source>
        <translation>Mit Ideogram beschreiben</translation>
    </message>
    <message numerus="yes">
        <source>Ideogram looks at each image and writes a caption for it. The captions arrive as drafts marked “from Ideogram”: read and change them before you upload.

Images: %n.</source>
        <translation>
            <numerusform>Ideogram sieht sich jedes Bild an und schreibt eine Bildbeschreibung dazu. Die Beschreibungen kommen als Entwürfe mit dem Vermerk „von Ideogram“: Lesen und ändern Sie sie vor dem Hochladen.

Bilder: %n.</numerusform>
            <numerusform>Ideogram sieht sich jedes Bild an und schreibt eine Bildbeschreibung dazu. Die Beschreibungen kommen als Entwürfe mit dem Vermerk „von Ideogram“: Lesen und ändern Sie sie vor dem Hochladen.

Bilder: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A structured caption lists the picture's parts, background and tags. Plain text is what most trainings expect.</source>
        <translation>Eine strukturierte Beschreibung zählt die Teile des Bildes, den Hintergrund und Schlagwörter auf. Die meisten Trainings erwarten reinen Text.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Caption %n Image(s)</source>
        <translation>
            <numerusform>%n Bild &amp;beschreiben</numerusform>
            <numerusform>%n Bilder &amp;beschreiben</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking Ideogram for the price…</source>
        <translation>Ideogram wird nach dem Preis gefragt…</translation>
    </message>
    <message>
        <source> (an estimate)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message numerus="yes">
        <source>Ideogram's price: %1 per image, %2 for %n image(s)%3. Billed to the account “%4”.</source>
        <translation>
            <numerusform>Preis von Ideogram: %1 pro Bild, %2 für %n Bild%3. Berechnet an das Konto „%4“.</numerusform>
            <numerusform>Preis von Ideogram: %1 pro Bild, %2 für %n Bilder%3. Berechnet an das Konto „%4“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ideogram gave no price for this. Describe is billed per image (%n image(s) here), to the account “%1”.</source>
        <translation>
            <numerusform>Ideogram hat dafür keinen Preis genannt. Das Beschreiben wird pro Bild berechnet (hier %n Bild), an das Konto „%1“.</numerusform>
            <numerusform>Ideogram hat dafür keinen Preis genannt. Das Beschreiben wird pro Bild berechnet (hier %n Bilder), an das Konto „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ideogram's price: %1 per image, %2 for %n image(s)%3. Nothing is billed in the sandbox.</source>
        <translation>
            <numerusform>Preis von Ideogram: %1 pro Bild, %2 für %n Bild%3. In der Sandbox wird nichts berechnet.</numerusform>
            <numerusform>Preis von Ideogram: %1 pro Bild, %2 für %n Bilder%3. In der Sandbox wird nichts berechnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideogram gave no price for this. Nothing is billed in the sandbox.</source>
        <translation>Ideogram hat dafür keinen Preis genannt. In der Sandbox wird nichts berechnet.</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::ErrorBanner</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
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
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Open Account&amp;s…</source>
        <translation>&amp;Konten öffnen…</translation>
    </message>
    <message>
        <source>Open Accounts to change the API key</source>
        <translation>Konten öffnen, um den API-Schlüssel zu ändern</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Enter Proxy Password…</source>
        <translation>Proxy-Passwort eingeben…</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::FileChooser</name>
    <message>
        <source>Add Images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Images, captions and ZIP files (*.jpg *.jpeg *.jfif *.jpe *.png *.webp *.heic *.heif *.avif *.txt *.json *.zip)</source>
        <translation>Bilder, Bildbeschreibungen und ZIP-Dateien (*.jpg *.jpeg *.jfif *.jpe *.png *.webp *.heic *.heif *.avif *.txt *.json *.zip)</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add Folder</source>
        <translation>Ordner &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::GalleryPane</name>
    <message>
        <source>This Model</source>
        <translation>Dieses Modell</translation>
    </message>
    <message>
        <source>The images made with the model chosen in the list</source>
        <translation>Die Bilder, die mit dem in der Liste gewählten Modell erstellt wurden</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every image made with this account, across models, newest first</source>
        <translation>Alle mit diesem Konto erstellten Bilder, modellübergreifend, neueste zuerst</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Größe der Vorschaubilder</translation>
    </message>
    <message>
        <source>Generated images</source>
        <translation>Generierte Bilder</translation>
    </message>
    <message>
        <source>Reading the images on this computer…</source>
        <translation>Die Bilder auf diesem Computer werden gelesen…</translation>
    </message>
    <message>
        <source>No images made with this account yet. Choose a finished model, describe an image and press Generate.</source>
        <translation>Mit diesem Konto wurden noch keine Bilder erstellt. Wählen Sie ein fertiges Modell, beschreiben Sie ein Bild und klicken Sie auf „Generieren“.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Use These Settings Again</source>
        <translation>Diese Einstellungen &amp;wiederverwenden</translation>
    </message>
    <message>
        <source>&amp;Remix This Image</source>
        <translation>Dieses Bild re&amp;mixen</translation>
    </message>
    <message>
        <source>Copy &amp;Prompt</source>
        <translation>&amp;Prompt kopieren</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>No images made with this model yet. Describe one beside this and press Generate.</source>
        <translation>Mit diesem Modell wurden noch keine Bilder erstellt. Beschreiben Sie nebenan ein Bild und klicken Sie auf „Generieren“.</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::GenerateFlow</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Ideogram is making images…</source>
        <translation>Ideogram erstellt Bilder…</translation>
    </message>
    <message>
        <source>No price this time (%1) You can still generate.</source>
        <translation>Diesmal kein Preis (%1) Sie können trotzdem generieren.</translation>
    </message>
    <message>
        <source>Asking Ideogram whether this model is built on Ideogram 4.0 or 3.0. Until then only the settings both share are offered.</source>
        <translation>Ideogram wird gefragt, ob dieses Modell auf Ideogram 4.0 oder 3.0 aufbaut. Bis dahin werden nur die Einstellungen angeboten, die beide gemeinsam haben.</translation>
    </message>
    <message>
        <source>Ideogram did not say yet whether this model is built on Ideogram 4.0 or 3.0; the app asks again in a while. Generate asks once more before sending.</source>
        <translation>Ideogram hat noch nicht mitgeteilt, ob dieses Modell auf Ideogram 4.0 oder 3.0 aufbaut; die App fragt in Kürze erneut. „Generieren“ fragt vor dem Senden noch einmal nach.</translation>
    </message>
    <message>
        <source>The price shows once the app knows which Ideogram version this model is built on.</source>
        <translation>Der Preis erscheint, sobald die App weiß, auf welcher Ideogram-Version dieses Modell aufbaut.</translation>
    </message>
    <message>
        <source>Describe the image to see what it costs.</source>
        <translation>Beschreiben Sie das Bild, um zu sehen, was es kostet.</translation>
    </message>
    <message>
        <source>Asking Ideogram which version “%1” is built on, then making the images…</source>
        <translation>Ideogram wird gefragt, auf welcher Version „%1“ aufbaut; danach werden die Bilder erstellt…</translation>
    </message>
    <message numerus="yes">
        <source>Ideogram is making %n image(s)…</source>
        <translation>
            <numerusform>Ideogram erstellt %n Bild…</numerusform>
            <numerusform>Ideogram erstellt %n Bilder…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: Ideogram did not say which version this model is built on (%1) Try again in a moment.</source>
        <translation>Es wurde nichts gesendet: Ideogram hat nicht mitgeteilt, auf welcher Version dieses Modell aufbaut (%1) Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n image(s).</source>
        <translation>
            <numerusform>%n Bild gespeichert.</numerusform>
            <numerusform>%n Bilder gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) withheld by Ideogram's safety check.</source>
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
        <source>Remixing works with Ideogram 3.0 models: choose one in the list first.</source>
        <translation>Remixen funktioniert mit Ideogram-3.0-Modellen: Wählen Sie zuerst eines in der Liste.</translation>
    </message>
    <message>
        <source>Choose an Image to Remix</source>
        <translation>Bild zum Remixen auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was sent: another model was chosen while Ideogram was asked which version the first one is built on.</source>
        <translation>Es wurde nichts gesendet: Ein anderes Modell wurde gewählt, während Ideogram gefragt wurde, auf welcher Version das erste beruht.</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::GeneratePanel</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
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
        <source>Show this model's images in the file manager</source>
        <translation>Die Bilder dieses Modells im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>&amp;Aspect:</source>
        <translation>Seitenverh&amp;ältnis:</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>Bi&amp;lder:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>Sta&amp;rtwert:</translation>
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
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>Ord&amp;ner öffnen</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <source>Leave o&amp;ut:</source>
        <translation>&amp;Weglassen:</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>Ges&amp;chwindigkeit:</translation>
    </message>
    <message>
        <source>&amp;Choose Image…</source>
        <translation>Bild a&amp;uswählen…</translation>
    </message>
    <message>
        <source>No Image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Describe the image, e.g. “a red sneaker on a white table”. Ctrl+Enter makes it.</source>
        <translation>Beschreiben Sie das Bild, z. B. „ein roter Sneaker auf einem weißen Tisch“. Strg+Eingabe erstellt es.</translation>
    </message>
    <message>
        <source>Automatic (from the prompt)</source>
        <translation>Automatisch (aus dem Prompt)</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Quadratisch</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size in pixels</source>
        <translation>Größe in Pixeln</translation>
    </message>
    <message>
        <source>Turbo — fastest and cheapest, less detail</source>
        <translation>Turbo – am schnellsten und günstigsten, weniger Details</translation>
    </message>
    <message>
        <source>Default — balances speed, detail and price</source>
        <translation>Standard – ausgewogen zwischen Tempo, Details und Preis</translation>
    </message>
    <message>
        <source>Quality — slowest and dearest, most detail</source>
        <translation>Qualität – am langsamsten und teuersten, die meisten Details</translation>
    </message>
    <message>
        <source>Automatic — Ideogram picks one this model supports</source>
        <translation>Automatisch – Ideogram wählt eine, die dieses Modell unterstützt</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Yes — Ideogram adds detail to the prompt</source>
        <translation>Ja – Ideogram ergänzt den Prompt um Details</translation>
    </message>
    <message>
        <source>No — use the prompt as written</source>
        <translation>Nein – den Prompt unverändert verwenden</translation>
    </message>
    <message>
        <source>Let Ideogram improve the prompt</source>
        <translation>Ideogram den Prompt verbessern lassen</translation>
    </message>
    <message>
        <source>The same seed, prompt and settings make the same image again</source>
        <translation>Derselbe Seed mit demselben Prompt und denselben Einstellungen ergibt wieder dasselbe Bild</translation>
    </message>
    <message>
        <source>Start from an image on this computer (or use Remix in the gallery)</source>
        <translation>Von einem Bild auf diesem Computer ausgehen (oder in der Galerie „Dieses Bild remixen“ verwenden)</translation>
    </message>
    <message>
        <source>Image weight</source>
        <translation>Bildgewicht</translation>
    </message>
    <message>
        <source>Higher keeps more of the image; lower lets the prompt change more</source>
        <translation>Höher behält mehr vom Bild; niedriger lässt den Prompt mehr verändern</translation>
    </message>
    <message>
        <source>Make the images (Ctrl+Enter in the prompt)</source>
        <translation>Die Bilder erstellen (Strg+Eingabe im Prompt)</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Gr&amp;öße:</translation>
    </message>
    <message>
        <source>Impr&amp;ove prompt:</source>
        <translation>Prompt &amp;verbessern:</translation>
    </message>
    <message>
        <source>Remi&amp;x image:</source>
        <translation>Bild für Remi&amp;x:</translation>
    </message>
    <message>
        <source>Image weight:</source>
        <translation>Bildgewicht:</translation>
    </message>
    <message>
        <source>Stac&amp;k:</source>
        <translation>Stap&amp;el:</translation>
    </message>
    <message>
        <source>Chosen from the prompt</source>
        <translation>Aus dem Prompt gewählt</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis zu %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Asking Ideogram for the price…</source>
        <translation>Ideogram wird nach dem Preis gefragt…</translation>
    </message>
    <message>
        <source>Billed to %1.</source>
        <translation>Berechnet an %1.</translation>
    </message>
    <message>
        <source>None: a new picture</source>
        <translation>Keins: ein neues Bild</translation>
    </message>
    <message>
        <source>nothing is billed in the sandbox.</source>
        <translation>in der Sandbox wird nichts berechnet.</translation>
    </message>
    <message>
        <source>Nothing is billed in the sandbox.</source>
        <translation>In der Sandbox wird nichts berechnet.</translation>
    </message>
    <message>
        <source>billed to %1.</source>
        <translation>berechnet an %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::GettingStartedDialog</name>
    <message>
        <source>Get an API key</source>
        <translation>API-Schlüssel besorgen</translation>
    </message>
    <message>
        <source>The app works with your Ideogram account through an API key. %1 opens Ideogram's API dashboard: choose Manage ▸ API Keys there, create a key and copy it (Ideogram shows it only once). Then paste it in File ▸ Accounts… and press Test key. Using the API is billed to your Ideogram account. No key yet? %2: a pretend Ideogram on this computer, where nothing is billed.</source>
        <translation>Die App arbeitet über einen API-Schlüssel mit Ihrem Ideogram-Konto. %1 öffnet das API-Dashboard von Ideogram: Wählen Sie dort Manage ▸ API Keys, erstellen Sie einen Schlüssel und kopieren Sie ihn (Ideogram zeigt ihn nur einmal an). Fügen Sie ihn dann unter Datei ▸ Konten… ein und klicken Sie auf „Schlüssel testen“. Die Nutzung der API wird Ihrem Ideogram-Konto berechnet. Noch kein Schlüssel? %2: ein nachgebildetes Ideogram auf diesem Computer, bei dem nichts berechnet wird.</translation>
    </message>
    <message>
        <source>Get an API Key…</source>
        <translation>API-Schlüssel besorgen…</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>The Accounts window with the API key field</source>
        <translation>Das Fenster „Konten“ mit dem Feld für den API-Schlüssel</translation>
    </message>
    <message>
        <source>Create a dataset</source>
        <translation>Datensatz anlegen</translation>
    </message>
    <message>
        <source>A dataset is the set of pictures a model learns from. Type a name, for example “Summer shoes”, and press Enter. The dataset opens at once, ready for images.</source>
        <translation>Ein Datensatz ist die Sammlung von Bildern, aus der ein Modell lernt. Geben Sie einen Namen ein, zum Beispiel „Sommerschuhe“, und drücken Sie die Eingabetaste. Der Datensatz öffnet sich sofort und ist bereit für Bilder.</translation>
    </message>
    <message>
        <source>A new dataset, opened, with its Add Images button</source>
        <translation>Ein neuer, geöffneter Datensatz mit seiner Schaltfläche „Bilder hinzufügen…“</translation>
    </message>
    <message>
        <source>Add images and captions</source>
        <translation>Bilder und Bildbeschreibungen hinzufügen</translation>
    </message>
    <message>
        <source>Press Add Images… or Add Folder…, or drop files on the dataset. A caption is a text file with the same name as its image (shoe-01.jpg and shoe-01.txt) that says what the picture shows. The review lists every file and what happens to it before anything is sent; then press Upload.</source>
        <translation>Klicken Sie auf „Bilder hinzufügen…“ oder „Ordner hinzufügen…“, oder ziehen Sie Dateien auf den Datensatz. Eine Bildbeschreibung ist eine Textdatei mit demselben Namen wie ihr Bild (shoe-01.jpg und shoe-01.txt), die sagt, was das Bild zeigt. Bevor etwas gesendet wird, listet die Prüfung jede Datei auf und zeigt, was mit ihr geschieht; klicken Sie dann auf „Hochladen“.</translation>
    </message>
    <message>
        <source>The review of the files before they are sent</source>
        <translation>Die Prüfung der Dateien vor dem Senden</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>Modell trainieren</translation>
    </message>
    <message>
        <source>When the dataset holds at least 15 images, press Train Model…, name the model and confirm. The training is billed to your Ideogram account and takes a while; the Models page follows it and the app tells you when it is done.</source>
        <translation>Sobald der Datensatz mindestens 15 Bilder enthält, klicken Sie auf „Modell trainieren…“, geben dem Modell einen Namen und bestätigen. Das Training wird Ihrem Ideogram-Konto berechnet und dauert eine Weile; die Seite „Modelle“ verfolgt es, und die App meldet sich, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>A training followed on the Models page</source>
        <translation>Ein Training, verfolgt auf der Seite „Modelle“</translation>
    </message>
    <message>
        <source>Make images</source>
        <translation>Bilder erstellen</translation>
    </message>
    <message>
        <source>On the Models page, choose your model, describe the picture you want and press Generate. The images are saved in your Pictures folder, under Ideogram Datasets, with the prompt beside each.</source>
        <translation>Wählen Sie auf der Seite „Modelle“ Ihr Modell, beschreiben Sie das gewünschte Bild und klicken Sie auf „Generieren“. Die Bilder werden in Ihrem Ordner „Bilder“ unter „Ideogram Datasets“ gespeichert, jeweils mit dem Prompt daneben.</translation>
    </message>
    <message>
        <source>Images made with a model of your own</source>
        <translation>Bilder aus einem eigenen Modell</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>From a folder of photos to pictures made with a model of your own, in five steps.</source>
        <translation>In fünf Schritten vom Fotoordner zu Bildern aus Ihrem eigenen Modell.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Why captions and 15 or more varied images matter</source>
        <translation>Warum Bildbeschreibungen und 15 oder mehr abwechslungsreiche Bilder wichtig sind</translation>
    </message>
    <message>
        <source>A model learns a style from what your pictures have in common, and learns the words for it from their captions: with captions, the words of your prompt later bring out what you taught it. Ideogram asks for at least 15 images. Vary the subjects, angles and light, so that the model learns the style rather than one photo; near-duplicates and very small images (under 512 pixels) teach it little. The dataset's health line shows all of this at a glance.</source>
        <translation>Ein Modell lernt einen Stil aus dem, was Ihre Bilder gemeinsam haben, und die Wörter dafür aus ihren Bildbeschreibungen: Mit Bildbeschreibungen rufen die Wörter Ihres Prompts später hervor, was Sie ihm beigebracht haben. Ideogram verlangt mindestens 15 Bilder. Variieren Sie Motive, Blickwinkel und Licht, damit das Modell den Stil lernt und nicht ein einzelnes Foto; aus Beinahe-Duplikaten und sehr kleinen Bildern (unter 512 Pixeln) lernt es wenig. Die Zustandszeile des Datensatzes zeigt all das auf einen Blick.</translation>
    </message>
    <message>
        <source>Get an API &amp;Key…</source>
        <translation>API-&amp;Schlüssel besorgen…</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::ImageViewer</name>
    <message>
        <source>Turbo</source>
        <translation>Turbo</translation>
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
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Copy &amp;Image</source>
        <translation>&amp;Bild kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Prompt</source>
        <translation>&amp;Prompt kopieren</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>&amp;Use These Settings Again</source>
        <translation>Diese Einstellungen &amp;wiederverwenden</translation>
    </message>
    <message>
        <source>&amp;Remix This Image</source>
        <translation>Dieses Bild re&amp;mixen</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Generated image</source>
        <translation>Generiertes Bild</translation>
    </message>
    <message>
        <source>Fill the generate panel with this image's prompt, seed and settings</source>
        <translation>Den Generierungsbereich mit Prompt, Seed und Einstellungen dieses Bildes füllen</translation>
    </message>
    <message>
        <source>Start a remix from this image (Ideogram 3.0 models)</source>
        <translation>Einen Remix mit diesem Bild beginnen (Ideogram-3.0-Modelle)</translation>
    </message>
    <message>
        <source>Model: %1 (%2)</source>
        <translation>Modell: %1 (%2)</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>Seed: %1</translation>
    </message>
    <message>
        <source>Size: %1 pixels</source>
        <translation>Größe: %1 Pixel</translation>
    </message>
    <message>
        <source>Aspect ratio: %1</source>
        <translation>Seitenverhältnis: %1</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>Geschwindigkeit: %1</translation>
    </message>
    <message>
        <source>Improve prompt: %1</source>
        <translation>Prompt verbessern: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Weggelassen: %1</translation>
    </message>
    <message>
        <source>Stacked: %1, weight %2</source>
        <translation>Gestapelt: %1, Gewicht %2</translation>
    </message>
    <message>
        <source>Remix of %1, image weight %2</source>
        <translation>Remix von %1, Bildgewicht %2</translation>
    </message>
    <message>
        <source>Ideogram's version of the prompt: %1</source>
        <translation>Prompt in der Fassung von Ideogram: %1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>(No prompt was saved with this image.)</source>
        <translation>(Zu diesem Bild wurde kein Prompt gespeichert.)</translation>
    </message>
    <message>
        <source>%1 of %2 — ← and → for the others</source>
        <translation>%1 von %2 – ← und → für die anderen</translation>
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
        <source>&amp;About Ideogram Datasets</source>
        <translation>Ü&amp;ber Ideogram Datasets</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Die App schließen</translation>
    </message>
    <message>
        <source>Version and origin of this app</source>
        <translation>Version und Herkunft dieser App</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>Daten&amp;satz</translation>
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
        <source>Show the selected dataset's files and models</source>
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
    <message>
        <source>S&amp;witch Account</source>
        <translation>Konto &amp;wechseln</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Add, rename or remove accounts; their keys and addresses</source>
        <translation>Konten hinzufügen, umbenennen oder entfernen; ihre Schlüssel und Adressen</translation>
    </message>
    <message>
        <source>%1 — Ideogram Datasets</source>
        <translation>%1 – Ideogram Datasets</translation>
    </message>
    <message>
        <source>Sandbox: nothing is billed</source>
        <translation>Sandbox: nichts wird berechnet</translation>
    </message>
    <message>
        <source>Billed to %1</source>
        <translation>Berechnet an %1</translation>
    </message>
    <message>
        <source>Datasets and models</source>
        <translation>Datensätze und Modelle</translation>
    </message>
    <message>
        <source>Datase&amp;ts</source>
        <translation>Da&amp;tensätze</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Choose a folder whose images and captions go into the open dataset</source>
        <translation>Einen Ordner auswählen, dessen Bilder und Bildbeschreibungen in den geöffneten Datensatz kommen</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>The five steps from a folder of photos to images made with your own model</source>
        <translation>Die fünf Schritte vom Fotoordner zu Bildern aus Ihrem eigenen Modell</translation>
    </message>
    <message>
        <source>Get an API &amp;Key…</source>
        <translation>API-&amp;Schlüssel besorgen…</translation>
    </message>
    <message>
        <source>Open Ideogram's API dashboard in your web browser, where API keys are made</source>
        <translation>Das API-Dashboard von Ideogram im Webbrowser öffnen, wo API-Schlüssel erstellt werden</translation>
    </message>
    <message>
        <source>Ideogram's API dashboard opens in your web browser: create a key under Manage ▸ API Keys.</source>
        <translation>Das API-Dashboard von Ideogram öffnet sich in Ihrem Webbrowser: Erstellen Sie unter Manage ▸ API Keys einen Schlüssel.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Visit %1 and create a key under Manage ▸ API Keys.</source>
        <translation>Es ließ sich kein Webbrowser öffnen. Rufen Sie %1 auf und erstellen Sie unter Manage ▸ API Keys einen Schlüssel.</translation>
    </message>
    <message>
        <source>&amp;Export Dataset…</source>
        <translation>Datensatz &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save this computer's copies of the dataset's images with their captions as a ZIP</source>
        <translation>Die Kopien der Bilder dieses Datensatzes auf diesem Computer mit ihren Bildbeschreibungen als ZIP-Datei speichern</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::ModelDetailPane</name>
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
        <source>The training steps show after the next check with Ideogram.</source>
        <translation>Die Trainingsschritte erscheinen nach der nächsten Abfrage bei Ideogram.</translation>
    </message>
    <message>
        <source>Step: not stated by Ideogram</source>
        <translation>Schritt: von Ideogram nicht angegeben</translation>
    </message>
    <message>
        <source>Ope&amp;n Dataset</source>
        <translation>Datensatz ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy this model's ID, for scripts and support requests</source>
        <translation>Die ID dieses Modells kopieren, für Skripte und Supportanfragen</translation>
    </message>
    <message>
        <source>%1 (shared with this account)</source>
        <translation>%1 (mit diesem Konto geteilt)</translation>
    </message>
    <message>
        <source>Base model: %1</source>
        <translation>Basismodell: %1</translation>
    </message>
    <message>
        <source>Base model: not known yet (the app asks Ideogram)</source>
        <translation>Basismodell: noch nicht bekannt (die App fragt bei Ideogram nach)</translation>
    </message>
    <message>
        <source>Base model: known once the model can make images</source>
        <translation>Basismodell: bekannt, sobald das Modell Bilder erstellen kann</translation>
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
        <source>Ideogram could not train “%1”. Check the dataset's images and captions, then train again.</source>
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
        <source>We could not confirm that Ideogram started training “%1”. The answer to the request was lost.</source>
        <translation>Wir konnten nicht bestätigen, dass Ideogram das Training von „%1“ gestartet hat. Die Antwort auf die Anfrage ging verloren.</translation>
    </message>
    <message>
        <source>Training again may start a second training, and Ideogram may bill both. Check again first if you are not sure.</source>
        <translation>Ein erneutes Training kann ein zweites Training starten, und Ideogram berechnet womöglich beide. Prüfen Sie zuerst erneut, wenn Sie unsicher sind.</translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation>Wählen Sie zuerst ein Konto.</translation>
    </message>
    <message>
        <source>“%1” of the account “%2” has finished training and can make images.</source>
        <translation>„%1“ im Konto „%2“ ist fertig trainiert und kann Bilder erstellen.</translation>
    </message>
    <message>
        <source>Ideogram could not train “%1” of the account “%2”. Check the dataset's images and captions, then train again.</source>
        <translation>Ideogram konnte „%1“ im Konto „%2“ nicht trainieren. Prüfen Sie die Bilder und Bildbeschreibungen des Datensatzes und trainieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>“%1” of the account “%2” was archived.</source>
        <translation>„%1“ im Konto „%2“ wurde archiviert.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Train an&amp;yway</source>
        <translation>Tr&amp;otzdem trainieren</translation>
    </message>
    <message>
        <source>Send the training again. If the first one did start, Ideogram may bill two.</source>
        <translation>Das Training erneut senden. Falls das erste schon begonnen hat, berechnet Ideogram womöglich zwei.</translation>
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
    <message>
        <source>Any family</source>
        <translation>Alle Familien</translation>
    </message>
    <message>
        <source>Ideogram 4.0</source>
        <translation>Ideogram 4.0</translation>
    </message>
    <message>
        <source>Ideogram 3.0</source>
        <translation>Ideogram 3.0</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Show models of the family</source>
        <translation>Modelle dieser Familie anzeigen</translation>
    </message>
    <message>
        <source>The base model each model was trained on</source>
        <translation>Das Basismodell, auf dem das jeweilige Modell trainiert wurde</translation>
    </message>
    <message>
        <source>Famil&amp;y:</source>
        <translation>Famil&amp;ie:</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::ProxyPasswordDialog</name>
    <message>
        <source>Proxy Password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>The proxy %1 between this computer and Ideogram asks for a user name and password (your network's, not Ideogram's). They are used until you quit and never saved.</source>
        <translation>Der Proxy %1 zwischen diesem Computer und Ideogram verlangt einen Benutzernamen und ein Passwort (die Ihres Netzwerks, nicht die von Ideogram). Sie gelten bis zum Beenden und werden nie gespeichert.</translation>
    </message>
    <message>
        <source>The proxy refused the user name and password given last time.</source>
        <translation>Der Proxy hat den zuletzt angegebenen Benutzernamen und das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Use and &amp;Try Again</source>
        <translation>Verwenden und &amp;erneut versuchen</translation>
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
    <name>Ids::Widgets::StackEditor</name>
    <message>
        <source>Add a model to the stack</source>
        <translation>Dem Stapel ein Modell hinzufügen</translation>
    </message>
    <message>
        <source>Blend up to four more finished Ideogram 4.0 models under this one</source>
        <translation>Bis zu vier weitere fertige Ideogram-4.0-Modelle unter dieses mischen</translation>
    </message>
    <message>
        <source>Add a model to the stack…</source>
        <translation>Dem Stapel ein Modell hinzufügen…</translation>
    </message>
    <message>
        <source>That model is not one of this account's.</source>
        <translation>Dieses Modell gehört nicht zu diesem Konto.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Gewicht von %1</translation>
    </message>
    <message>
        <source>Blend earlier</source>
        <translation>Früher einmischen</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Blend later</source>
        <translation>Später einmischen</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove from the stack</source>
        <translation>Aus dem Stapel entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the stack</source>
        <translation>%1 aus dem Stapel entfernen</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::StorageNotice</name>
    <message>
        <source>Create dataset</source>
        <translation>Datensatz anlegen</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <source>Upload file</source>
        <translation>Datei hochladen</translation>
    </message>
    <message>
        <source>Other request</source>
        <translation>Andere Anfrage</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the notice about the damaged data</source>
        <translation>Den Hinweis zu den beschädigten Daten schließen</translation>
    </message>
    <message>
        <source>The local data of “%1” was damaged. It was moved aside, not deleted, to %2, and the app started afresh: your datasets and models are read again from Ideogram.</source>
        <translation>Die lokalen Daten von „%1“ waren beschädigt. Sie wurden nicht gelöscht, sondern nach %2 verschoben, und die App hat neu begonnen: Ihre Datensätze und Modelle werden erneut von Ideogram gelesen.</translation>
    </message>
    <message>
        <source>Requests you made just before could not be read from it: check on Ideogram for datasets, uploads or trainings you started then.</source>
        <translation>Anfragen, die Sie kurz davor gestellt haben, ließen sich daraus nicht lesen: Prüfen Sie bei Ideogram, ob es Datensätze, Uploads oder Trainings gibt, die Sie damals gestartet haben.</translation>
    </message>
    <message numerus="yes">
        <source>Show %n request(s)…</source>
        <translation>
            <numerusform>%n Anfrage anzeigen…</numerusform>
            <numerusform>%n Anfragen anzeigen…</numerusform>
        </translation>
    </message>
    <message>
        <source>About the app's local data</source>
        <translation>Zu den lokalen Daten der App</translation>
    </message>
    <message>
        <source>Requests that may have been sent</source>
        <translation>Anfragen, die vielleicht gesendet wurden</translation>
    </message>
    <message>
        <source>These requests were noted in the damaged data and their answers never arrived. Each may have been sent; check on Ideogram before doing it again.</source>
        <translation>Diese Anfragen waren in den beschädigten Daten notiert, und ihre Antworten kamen nie an. Jede davon wurde vielleicht gesendet; prüfen Sie es bei Ideogram, bevor Sie sie wiederholen.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Name or file</source>
        <translation>Name oder Datei</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) made just before may have been sent: before making one again, look for it in the Datasets and Models lists, which are read again from Ideogram.</source>
        <translation>
            <numerusform>%n kurz zuvor gestellte Anfrage wurde vielleicht gesendet: Bevor Sie sie erneut stellen, suchen Sie sie in den Listen „Datensätze“ und „Modelle“, die neu von Ideogram gelesen werden.</numerusform>
            <numerusform>%n kurz zuvor gestellte Anfragen wurden vielleicht gesendet: Bevor Sie eine erneut stellen, suchen Sie sie in den Listen „Datensätze“ und „Modelle“, die neu von Ideogram gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>May have been sent; look for it in the app's lists</source>
        <translation>Vielleicht gesendet; in den Listen der App nachsehen</translation>
    </message>
    <message>
        <source>The app can save its data again: new datasets, uploads and trainings can be sent.</source>
        <translation>Die App kann ihre Daten wieder speichern: Neue Datensätze, Uploads und Trainings können gesendet werden.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the app's data folder in your file manager</source>
        <translation>Den Datenordner der App in Ihrer Dateiverwaltung zeigen</translation>
    </message>
    <message>
        <source>Your datasets are safe and stay shown, but creating datasets, uploading and training are paused: the app saves a note of each before sending it.</source>
        <translation>Ihre Datensätze sind sicher und bleiben sichtbar, aber Anlegen von Datensätzen, Hochladen und Trainieren sind pausiert: Die App speichert vor jedem Senden eine Notiz.</translation>
    </message>
    <message>
        <source>Your disk is full, so the app cannot save its data.</source>
        <translation>Ihr Datenträger ist voll, daher kann die App ihre Daten nicht speichern.</translation>
    </message>
    <message>
        <source>Free some space; the app notices by itself, and the paused work can then be tried again.</source>
        <translation>Schaffen Sie Platz – die App bemerkt es selbst, und die pausierte Arbeit kann dann erneut versucht werden.</translation>
    </message>
    <message>
        <source>The app cannot save its data: its folder (%1) cannot be written, perhaps because it is read-only.</source>
        <translation>Die App kann ihre Daten nicht speichern: Ihr Ordner (%1) ist nicht beschreibbar, vielleicht weil er schreibgeschützt ist.</translation>
    </message>
    <message>
        <source>Make the folder writable again, or ask whoever looks after this computer; the app notices by itself, and the paused work can then be tried again.</source>
        <translation>Machen Sie den Ordner wieder beschreibbar oder fragen Sie, wer diesen Computer betreut – die App bemerkt es selbst, und die pausierte Arbeit kann dann erneut versucht werden.</translation>
    </message>
    <message>
        <source>Your disk is full, or the app's data folder (%1) cannot be written.</source>
        <translation>Ihr Datenträger ist voll, oder der Datenordner der App (%1) ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Free some space or make the folder writable; the app notices by itself, and the paused work can then be tried again.</source>
        <translation>Schaffen Sie Platz oder machen Sie den Ordner beschreibbar – die App bemerkt es selbst, und die pausierte Arbeit kann dann erneut versucht werden.</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::TrainDialog</name>
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
    <message>
        <source>I understand that this training is &amp;billed to %1.</source>
        <translation>Mir ist klar, dass dieses Training %1 &amp;berechnet wird.</translation>
    </message>
    <message>
        <source>Ideogram &amp;4.0</source>
        <translation>Ideogram &amp;4.0</translation>
    </message>
    <message>
        <source>Ideogram &amp;3.0</source>
        <translation>Ideogram &amp;3.0</translation>
    </message>
    <message>
        <source>Ideogram's newest model: the most faithful to your images and prompts, with larger output sizes. Models trained on it can be stacked together.</source>
        <translation>Das neueste Modell von Ideogram: am genauesten bei Ihren Bildern und Prompts, mit größeren Ausgabeformaten. Darauf trainierte Modelle lassen sich miteinander stapeln.</translation>
    </message>
    <message>
        <source>The earlier model: offers aspect ratios, a list of what to leave out, and remixing an existing image.</source>
        <translation>Das ältere Modell: bietet Seitenverhältnisse, eine Liste dessen, was weggelassen werden soll, und das Remixen eines vorhandenen Bildes.</translation>
    </message>
    <message>
        <source>&amp;Advanced settings</source>
        <translation>Er&amp;weiterte Einstellungen</translation>
    </message>
    <message>
        <source>Ideogram bills this training to %1. Ideogram does not tell apps the price of a training beforehand: it is shown in your Ideogram dashboard. The app sends the request once; if the answer is lost, it asks Ideogram what happened instead of sending it again.</source>
        <translation>Ideogram berechnet dieses Training %1. Ideogram nennt Apps den Preis eines Trainings nicht im Voraus: Sie finden ihn in Ihrem Ideogram-Dashboard. Die App sendet die Anfrage einmal; geht die Antwort verloren, fragt sie bei Ideogram nach, was passiert ist, statt sie erneut zu senden.</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation>Basismodell:</translation>
    </message>
    <message>
        <source>Leave these empty to let Ideogram choose. A value equal to Ideogram's default is not sent.</source>
        <translation>Lassen Sie diese Felder leer, damit Ideogram wählt. Ein Wert, der dem Standardwert von Ideogram entspricht, wird nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Training &amp;steps:</source>
        <translation>Trainings&amp;schritte:</translation>
    </message>
    <message>
        <source>100 to 10,000, in steps of 100. More steps learn more closely and take longer.</source>
        <translation>100 bis 10.000, in Schritten von 100. Mit mehr Schritten lernt das Modell genauer, braucht aber länger.</translation>
    </message>
    <message>
        <source>128 (default)</source>
        <translation>128 (Standard)</translation>
    </message>
    <message>
        <source>64</source>
        <translation>64</translation>
    </message>
    <message>
        <source>LoRA &amp;rank:</source>
        <translation>LoRA-&amp;Rang:</translation>
    </message>
    <message>
        <source>128 holds more detail; 64 trains faster and gives a smaller model.</source>
        <translation>128 erfasst mehr Details; 64 trainiert schneller und ergibt ein kleineres Modell.</translation>
    </message>
    <message>
        <source>e.g. 0.999</source>
        <translation>z. B. 0,999</translation>
    </message>
    <message>
        <source>&amp;EMA:</source>
        <translation>&amp;EMA:</translation>
    </message>
    <message>
        <source>Above 0 and below 1, typically 0.99 to 0.9999: higher is smoother but slower to learn.</source>
        <translation>Größer als 0 und kleiner als 1, üblich sind 0,99 bis 0,9999: Höhere Werte glätten stärker, lernen aber langsamer.</translation>
    </message>
    <message>
        <source>e.g. 0.0001</source>
        <translation>z. B. 0,0001</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <source>Above 0, typically 0.00001 to 0.0001: higher learns faster but can become unstable.</source>
        <translation>Größer als 0, üblich sind 0,00001 bis 0,0001: Höhere Werte lernen schneller, können aber instabil werden.</translation>
    </message>
    <message>
        <source>Let Ideogram choose</source>
        <translation>Ideogram wählen lassen</translation>
    </message>
    <message>
        <source>How many images each training step looks at (Ideogram 4.0 only).</source>
        <translation>Wie viele Bilder jeder Trainingsschritt betrachtet (nur Ideogram 4.0).</translation>
    </message>
    <message>
        <source>Guidance-distilled (default)</source>
        <translation>Guidance-destilliert (Standard)</translation>
    </message>
    <message>
        <source>Non-distilled fused</source>
        <translation>Nicht destilliert, fusioniert</translation>
    </message>
    <message>
        <source>Base &amp;variant:</source>
        <translation>Basis&amp;variante:</translation>
    </message>
    <message>
        <source>Which version of the 4.0 model to start from (Ideogram 4.0 only).</source>
        <translation>Von welcher Version des 4.0-Modells das Training ausgeht (nur Ideogram 4.0).</translation>
    </message>
    <message>
        <source>Batch si&amp;ze:</source>
        <translation>Batch&amp;größe:</translation>
    </message>
    <message>
        <source>This is the sandbox: the training runs on this computer, takes seconds, and nothing is billed. With a real account, Ideogram bills the training to that account and shows its price in your Ideogram dashboard.</source>
        <translation>Dies ist die Sandbox: Das Training läuft auf diesem Computer, dauert Sekunden, und es wird nichts berechnet. Mit einem echten Konto berechnet Ideogram das Training diesem Konto und zeigt den Preis in Ihrem Ideogram-Dashboard.</translation>
    </message>
    <message>
        <source>I understand that this is practice and nothing is &amp;billed.</source>
        <translation>Mir ist klar, dass dies eine Übung ist und nichts &amp;berechnet wird.</translation>
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
        <source>Progress of the current part</source>
        <translation>Fortschritt des aktuellen Teils</translation>
    </message>
    <message>
        <source>This part: %p%</source>
        <translation>Dieser Teil: %p %</translation>
    </message>
    <message>
        <source>Make &amp;Smaller</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Scale the selected images that are too large to %1 pixels on their longest side</source>
        <translation>Die ausgewählten zu großen Bilder auf %1 Pixel an der längsten Seite verkleinern</translation>
    </message>
    <message>
        <source>Change &amp;Captions…</source>
        <translation>Bildbeschreibungen ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Discard Draft…</source>
        <translation>Entwurf &amp;verwerfen…</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Add a word to every caption, find and replace, or set one caption (Ctrl+E)</source>
        <translation>Jeder Bildbeschreibung ein Wort hinzufügen, suchen und ersetzen oder eine Beschreibung für alle festlegen (Strg+E)</translation>
    </message>
    <message>
        <source>Empty this list and forget the captions typed for it</source>
        <translation>Diese Liste leeren und die dafür getippten Bildbeschreibungen vergessen</translation>
    </message>
    <message>
        <source>Select an image to see and write its caption.</source>
        <translation>Wählen Sie ein Bild, um seine Bildbeschreibung zu sehen und zu schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) are longer than %1: shorten them before you upload.</source>
        <translation>
            <numerusform>%n Bildbeschreibung ist länger als %1: Kürzen Sie sie vor dem Hochladen.</numerusform>
            <numerusform>%n Bildbeschreibungen sind länger als %1: Kürzen Sie sie vor dem Hochladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n file(s)</source>
        <translation>
            <numerusform>%n Datei entfernen</numerusform>
            <numerusform>%n Dateien entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Empty this list and forget the captions you wrote for it?</source>
        <translation>Diese Liste leeren und die dafür geschriebenen Bildbeschreibungen vergessen?</translation>
    </message>
    <message>
        <source>Your image files stay where they are; only this list goes.</source>
        <translation>Ihre Bilddateien bleiben, wo sie sind; nur diese Liste verschwindet.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n caption(s)…</source>
        <translation>
            <numerusform>%n Bildbeschreibung wird geschrieben…</numerusform>
            <numerusform>%n Bildbeschreibungen werden geschrieben…</numerusform>
        </translation>
    </message>
    <message>
        <source>Caption with &amp;Ideogram…</source>
        <translation>Mit &amp;Ideogram beschreiben…</translation>
    </message>
    <message>
        <source>S&amp;top Captioning</source>
        <translation>Beschreiben a&amp;nhalten</translation>
    </message>
    <message>
        <source>Ideogram is checking the images…</source>
        <translation>Ideogram prüft die Bilder…</translation>
    </message>
    <message>
        <source>Ideogram writes captions for the selected images, or for those without one (billed per image; the price is shown first)</source>
        <translation>Ideogram schreibt Bildbeschreibungen für die ausgewählten Bilder oder für die ohne Beschreibung (pro Bild berechnet; der Preis wird vorher angezeigt)</translation>
    </message>
    <message>
        <source>Starting the upload…</source>
        <translation>Der Upload beginnt…</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>noch weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>noch %n Min.</numerusform>
            <numerusform>noch %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s)</source>
        <translation>
            <numerusform>%1 von %n Bild</numerusform>
            <numerusform>%1 von %n Bildern</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
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
        <source>Drop images (JPEG, PNG, WebP; HEIC and AVIF are converted), captions (.txt with the same name as the image), folders or ZIP files here.</source>
        <translation>Ziehen Sie Bilder (JPEG, PNG, WebP; HEIC und AVIF werden umgewandelt), Bildbeschreibungen (.txt mit demselben Namen wie das Bild), Ordner oder ZIP-Dateien hierher.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s)</source>
        <translation>
            <numerusform>%n Bildbeschreibung</numerusform>
            <numerusform>%n Bildbeschreibungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will not be sent</source>
        <translation>
            <numerusform>%n wird nicht gesendet</numerusform>
            <numerusform>%n werden nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>To send: %1.</source>
        <translation>Zu senden: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n file(s) (converting, taking out of ZIP files)…</source>
        <translation>
            <numerusform>%n Datei wird vorbereitet (umwandeln, aus ZIP-Dateien holen)…</numerusform>
            <numerusform>%n Dateien werden vorbereitet (umwandeln, aus ZIP-Dateien holen)…</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of images already in the dataset is not known yet; the 100-image limit is checked by Ideogram.</source>
        <translation>Die Zahl der Bilder im Datensatz ist noch nicht bekannt; die Grenze von 100 Bildern prüft Ideogram.</translation>
    </message>
    <message numerus="yes">
        <source>Captioning with Ideogram: %1 of %n image(s)…</source>
        <translation>
            <numerusform>Beschreiben mit Ideogram: %1 von %n Bild…</numerusform>
            <numerusform>Beschreiben mit Ideogram: %1 von %n Bildern…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ideogram asked the app to slow down; captioning goes on in %n second(s).</source>
        <translation>
            <numerusform>Ideogram hat die App gebeten, langsamer zu machen; das Beschreiben geht in %n Sekunde weiter.</numerusform>
            <numerusform>Ideogram hat die App gebeten, langsamer zu machen; das Beschreiben geht in %n Sekunden weiter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) from Ideogram to check</source>
        <translation>
            <numerusform>%n Bildbeschreibung von Ideogram zu prüfen</numerusform>
            <numerusform>%n Bildbeschreibungen von Ideogram zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not captioned (see the Caption column)</source>
        <translation>
            <numerusform>%n Bild ohne Bildbeschreibung (siehe Spalte „Bildbeschreibung“)</numerusform>
            <numerusform>%n Bilder ohne Bildbeschreibung (siehe Spalte „Bildbeschreibung“)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n angehalten</numerusform>
            <numerusform>%n angehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not captioned: this image is inside a ZIP file sent as it is. Change its caption once to send the ZIP's files one by one, then try again.</source>
        <translation>Keine Bildbeschreibung: Dieses Bild liegt in einer ZIP-Datei, die unverändert gesendet wird. Ändern Sie seine Beschreibung einmal, damit die Dateien der ZIP-Datei einzeln gesendet werden, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Every image has a caption. Select the images Ideogram should caption.</source>
        <translation>Jedes Bild hat eine Bildbeschreibung. Wählen Sie die Bilder, die Ideogram beschreiben soll.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the dataset as %1.</source>
        <translation>Schon im Datensatz als %1.</translation>
    </message>
    <message>
        <source>The same file as %1.</source>
        <translation>Dieselbe Datei wie %1.</translation>
    </message>
    <message>
        <source>Looks like %1.</source>
        <translation>Sieht aus wie %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Keep One of Each Duplicate (%n group(s))</source>
        <translation>
            <numerusform>Von jedem Duplikat eines behal&amp;ten (%n Gruppe)</numerusform>
            <numerusform>Von jedem Duplikat eines behal&amp;ten (%n Gruppen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for duplicate images…</source>
        <translation>Doppelte Bilder werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of duplicate or near-duplicate images: a model learns nothing from a second copy. Keep One removes the extra copies.</source>
        <translation>
            <numerusform>%n Gruppe doppelter oder fast gleicher Bilder: Aus einer zweiten Kopie lernt ein Modell nichts. „Eines behalten“ entfernt die überzähligen Kopien.</numerusform>
            <numerusform>%n Gruppen doppelter oder fast gleicher Bilder: Aus einer zweiten Kopie lernt ein Modell nichts. „Eines behalten“ entfernt die überzähligen Kopien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: captions for %n image(s).</source>
        <translation>
            <numerusform>%1: Bildbeschreibung für %n Bild.</numerusform>
            <numerusform>%1: Bildbeschreibungen für %n Bilder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n name(s) match no image here: %2.</source>
        <translation>
            <numerusform>%1: %n Name passt zu keinem Bild hier: %2.</numerusform>
            <numerusform>%1: %n Namen passen zu keinem Bild hier: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <message>
        <source>New to this? Getting Started shows the five steps from a folder of photos to pictures made with your own model. No key yet? Ideogram makes them in its API dashboard.</source>
        <translation>Neu hier? „Erste Schritte“ zeigt die fünf Schritte vom Fotoordner zu Bildern aus Ihrem eigenen Modell. Noch kein Schlüssel? Ideogram erstellt Schlüssel in seinem API-Dashboard.</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>Get an &amp;API Key…</source>
        <translation>API-Schlüssel &amp;besorgen…</translation>
    </message>
    <message>
        <source>Opens Ideogram's API dashboard in your web browser</source>
        <translation>Öffnet das API-Dashboard von Ideogram in Ihrem Webbrowser</translation>
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
    <message>
        <source>Check that the app works on this computer: start, show the window, and quit as soon as it is ready (exit status 0) or after a minute (exit status 1). Use it with --sandbox.</source>
        <translation>Prüfen, ob die App auf diesem Computer funktioniert: starten, das Fenster zeigen und beenden, sobald sie bereit ist (Exit-Status 0) oder nach einer Minute (Exit-Status 1). Zusammen mit --sandbox verwenden.</translation>
    </message>
    <message>
        <source>With --sandbox: the sandbox answers every n-th caption request (describe) with "too many requests", to see how the app waits and tries again.</source>
        <translation>Mit --sandbox: Die Sandbox beantwortet jede n-te Anfrage nach einer Bildbeschreibung (describe) mit „zu viele Anfragen“, um zu sehen, wie die App wartet und es erneut versucht.</translation>
    </message>
</context>
</TS>
