<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Ids::Core::ApiError</name>
    <message numerus="yes">
        <source>Ideogram is busy with other work of your account. Wait %n second(s), then try again.</source>
        <translation><numerusform>Ideogram is busy with other work of your account. Wait %n second, then try again.</numerusform><numerusform>Ideogram is busy with other work of your account. Wait %n seconds, then try again.</numerusform></translation>
    </message>
</context>
<context>
    <name>Ids::Core::GenerationService</name>
    <message numerus="yes">
        <source>Ideogram is making %n image(s)…</source>
        <translation><numerusform>Ideogram is making %n image…</numerusform><numerusform>Ideogram is making %n images…</numerusform></translation>
    </message>
</context>
<context>
    <name>Ids::Core::UploadReview</name>
    <message numerus="yes">
        <source>This would put %1 images in the dataset; the limit is %2. Remove %n image(s) from this upload.</source>
        <translation><numerusform>This would put %1 images in the dataset; the limit is %2. Remove %n image from this upload.</numerusform><numerusform>This would put %1 images in the dataset; the limit is %2. Remove %n images from this upload.</numerusform></translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetDetailPane</name>
    <message numerus="yes">
        <source>%n image(s) of %1</source>
        <translation><numerusform>%n image of %1</numerusform><numerusform>%n images of %1</numerusform></translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::MainWindow</name>
    <message numerus="yes">
        <source>Up to date: %n dataset(s).</source>
        <translation><numerusform>Up to date: %n dataset.</numerusform><numerusform>Up to date: %n datasets.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>An upload cut short last time was checked with Ideogram: %n file(s) are in place.</source>
        <translation><numerusform>An upload cut short last time was checked with Ideogram: %n file is in place.</numerusform><numerusform>An upload cut short last time was checked with Ideogram: %n files are in place.</numerusform></translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::ModelFlow</name>
    <message numerus="yes">
        <source>%n model(s).</source>
        <translation><numerusform>%n model.</numerusform><numerusform>%n models.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Ideogram is making %n image(s)…</source>
        <translation><numerusform>Ideogram is making %n image…</numerusform><numerusform>Ideogram is making %n images…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n image(s).</source>
        <translation><numerusform>Saved %n image.</numerusform><numerusform>Saved %n images.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) withheld by Ideogram's safety check.</source>
        <translation><numerusform>%n image withheld by Ideogram's safety check.</numerusform><numerusform>%n images withheld by Ideogram's safety check.</numerusform></translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::TrainDialog</name>
    <message numerus="yes">
        <source>Ideogram trains a custom model on the %n image(s) of “%1”. Training takes a while; the app follows it and tells you when it is done.</source>
        <translation><numerusform>Ideogram trains a custom model on the %n image of “%1”. Training takes a while; the app follows it and tells you when it is done.</numerusform><numerusform>Ideogram trains a custom model on the %n images of “%1”. Training takes a while; the app follows it and tells you when it is done.</numerusform></translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::UploadDialog</name>
    <message numerus="yes">
        <source>Checking %n file(s) or folder(s)…</source>
        <translation><numerusform>Checking %n file or folder…</numerusform><numerusform>Checking %n files or folders…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation><numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation><numerusform>%n file uploaded</numerusform><numerusform>%n files uploaded</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation><numerusform>%n cancelled</numerusform><numerusform>%n cancelled</numerusform></translation>
    </message>
</context>
</TS>