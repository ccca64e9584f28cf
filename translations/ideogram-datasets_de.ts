<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Ids::App::AppController</name>
    <message>
        <source>The app&apos;s local database could not be opened (%1). Check that your home folder is writable and has free space, then start the app again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ids::Core::ApiError</name>
    <message>
        <source>This computer seems to be offline. Check your internet connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ideogram server could not be found. Check your internet connection and the API address in Settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ideogram server refused the connection. Try again in a few minutes; if it keeps happening, check the API address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Ideogram broke off before an answer arrived. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be verified, so nothing was sent. Check the API address in Settings and your network (some office or hotel networks interfere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideogram did not answer in time. Check your connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server tried to send the request elsewhere, which this app does not allow with your key. Check the API address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideogram refused the request as invalid. Check what you entered and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideogram refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideogram rejected this key. Open Settings and paste a valid API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Ideogram balance or plan does not cover this. Top up or change your plan in the Ideogram dashboard, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Ideogram balance or plan does not cover this (%1). Top up or change your plan in the Ideogram dashboard, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is not allowed to do this. Check your Ideogram plan, or use a key of the account that owns the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideogram does not know this item. It may belong to another account; refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload is too large for Ideogram. Send fewer or smaller files at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideogram could not process this request. Change it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideogram could not process this request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ideogram is busy with other work of your account. Wait %n second(s), then try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ideogram is busy with other work of your account. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideogram had a problem on its side (error %1). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideogram gave an answer this app does not understand (status %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a web page or an empty answer instead of data. A network proxy or login page may be in the way; check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideogram&apos;s answer was incomplete or in an unexpected form. Try again; if it keeps happening, this app may need an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error stopped the request. Check your connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ids::Core::ApiKey</name>
    <message>
        <source>Paste your Ideogram API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key contains a character that is not plain ASCII. Copy the key again from the Ideogram dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key contains a space or a line break. Copy the key again, without the text around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is too short to be an Ideogram API key (%1 characters). Copy the whole key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long to be an Ideogram API key. Copy only the key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ids::Core::BaseUrl</name>
    <message>
        <source>Enter the address of the Ideogram API, for example https://api.ideogram.ai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address. Use the form https://api.ideogram.ai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http would send your API key unencrypted. Use https://, or http only for this computer (127.0.0.1, ::1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave everything after ? or # out of the address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ids::Core::DatasetName</name>
    <message>
        <source>The name contains a broken character. Type the name again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains an invisible control character (such as a line break). Type the name again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains an invisible text-direction character. Type the name again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; use at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ids::Core::DatasetService</name>
    <message>
        <source>Wait until the dataset being created is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Ideogram; trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost. Checking whether Ideogram created the dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether &quot;%1&quot; was created before the app closed…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ids::Core::SecretStore</name>
    <message>
        <source>Your system keychain is not available, so the key will be kept only until you close the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ids::Models::DatasetListModel</name>
    <message>
        <source>No cover yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetForm</name>
    <message>
        <source>New dataset &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Summer shoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dataset name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetListPane</name>
    <message>
        <source>Search datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only datasets whose name or ID contains every word typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No datasets yet. Type a name above and press Enter to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetView</name>
    <message>
        <source>&amp;Copy Dataset ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected dataset&apos;s ID to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::ErrorBanner</name>
    <message>
        <source>Open &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open settings to change the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::MainWindow</name>
    <message>
        <source>Ideogram Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of a new dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Datasets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the dataset list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Ideogram Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the dataset ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the API key or the API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and origin of this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether “%1” was created…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the dataset “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Ideogram Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideogram Datasets %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and manage datasets for Ideogram custom models.

This app is not made by Ideogram and is not affiliated with Ideogram. It uses Ideogram&apos;s public API with your own API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox — Ideogram Datasets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::SandboxBanner</name>
    <message>
        <source>Sandbox — no real Ideogram account. Datasets here vanish when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key from your Ideogram account&apos;s API settings. The key is kept in your system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key as you type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the key with Ideogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the API base URL to Ideogram&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the sandbox the address is fixed for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode: plain http to this computer. Never use this for Ideogram itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideogram rejected this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address could not be saved (%1). It is used until you close the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::UncertainCreatePanel</name>
    <message>
        <source>Check a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an&amp;yway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orget it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset creation not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Ideogram again whether the dataset exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the create again. If the first one did arrive, you will have two datasets of this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for this dataset. Nothing more is sent to Ideogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again whether the dataset was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the dataset anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that the dataset “%1” was created. Ideogram may have created it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::WelcomePanel</name>
    <message>
        <source>Welcome to Ideogram Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To create datasets, this app needs an API key from your Ideogram account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet? The sandbox is a pretend Ideogram on this computer: try the app without an account. Nothing is sent to Ideogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter API &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Create and manage datasets for Ideogram custom models. Not made by Ideogram.

Environment: IDEOGRAM_API_KEY=&lt;key&gt; uses that key for this run only; it is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local Ideogram-compatible sandbox server and use it. No account needed; nothing is sent to Ideogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this API address for this run (https, or http to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
