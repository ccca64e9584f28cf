<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Ids::App::Check</name>
    <message numerus="yes">
        <source>%n file(s) checked: </source>
        <translation>
            <numerusform>%n file checked: </numerusform>
            <numerusform>%n files checked: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s)</source>
        <translation>
            <numerusform>%n caption</numerusform>
            <numerusform>%n captions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Core::ApiError</name>
    <message numerus="yes">
        <source>Ideogram is busy with other work of your account. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Ideogram is busy with other work of your account. Wait %n second, then try again.</numerusform>
            <numerusform>Ideogram is busy with other work of your account. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) from Ideogram could not be read</source>
        <translation>
            <numerusform>%n entry from Ideogram could not be read</numerusform>
            <numerusform>%n entries from Ideogram could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) from Ideogram could not be read</source>
        <translation>
            <numerusform>%n dataset from Ideogram could not be read</numerusform>
            <numerusform>%n datasets from Ideogram could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) from Ideogram could not be read</source>
        <translation>
            <numerusform>%n model from Ideogram could not be read</numerusform>
            <numerusform>%n models from Ideogram could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training step(s) from Ideogram could not be read</source>
        <translation>
            <numerusform>%n training step from Ideogram could not be read</numerusform>
            <numerusform>%n training steps from Ideogram could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this dataset could not be read from Ideogram</source>
        <translation>
            <numerusform>%n file of this dataset could not be read from Ideogram</numerusform>
            <numerusform>%n files of this dataset could not be read from Ideogram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) of this dataset could not be read from Ideogram</source>
        <translation>
            <numerusform>%n model of this dataset could not be read from Ideogram</numerusform>
            <numerusform>%n models of this dataset could not be read from Ideogram</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file result(s) from Ideogram could not be read; those files were looked up in the dataset instead</source>
        <translation>
            <numerusform>%n file result from Ideogram could not be read; that file was looked up in the dataset instead</numerusform>
            <numerusform>%n file results from Ideogram could not be read; those files were looked up in the dataset instead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) from Ideogram could not be read</source>
        <translation>
            <numerusform>%n image from Ideogram could not be read</numerusform>
            <numerusform>%n images from Ideogram could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Core::CaptionChecks</name>
    <message numerus="yes">
        <source>%n image(s) have no caption.</source>
        <translation>
            <numerusform>%n image has no caption.</numerusform>
            <numerusform>%n images have no caption.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) lack “%1”, which most captions start with.</source>
        <translation>
            <numerusform>%n caption lacks “%1”, which most captions start with.</numerusform>
            <numerusform>%n captions lack “%1”, which most captions start with.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) are much longer than the others.</source>
        <translation>
            <numerusform>%n caption is much longer than the others.</numerusform>
            <numerusform>%n captions are much longer than the others.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Core::DataSize</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Core::GenerationService</name>
    <message numerus="yes">
        <source>Ideogram is making %n image(s)…</source>
        <translation>
            <numerusform>Ideogram is making %n image…</numerusform>
            <numerusform>Ideogram is making %n images…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Core::UploadReview</name>
    <message numerus="yes">
        <source>This would put %1 images in the dataset; the limit is %2. Remove %n image(s) from this upload.</source>
        <translation>
            <numerusform>This would put %1 images in the dataset; the limit is %2. Remove %n image from this upload.</numerusform>
            <numerusform>This would put %1 images in the dataset; the limit is %2. Remove %n images from this upload.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) in this folder were not added: at most %1 files are taken from folders. Add them in a second upload.</source>
        <translation>
            <numerusform>%n more file in this folder was not added: at most %1 files are taken from folders. Add it in a second upload.</numerusform>
            <numerusform>%n more files in this folder were not added: at most %1 files are taken from folders. Add them in a second upload.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent as it is: %n image(s).</source>
        <translation>
            <numerusform>Sent as it is: %n image.</numerusform>
            <numerusform>Sent as it is: %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Larger than %1: its %n image(s) will be sent one by one.</source>
        <translation>
            <numerusform>Larger than %1: its %n image will be sent one by one.</numerusform>
            <numerusform>Larger than %1: its %n images will be sent one by one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n image(s) will be sent one by one, without the skipped files.</source>
        <translation>
            <numerusform>Its %n image will be sent one by one, without the skipped files.</numerusform>
            <numerusform>Its %n images will be sent one by one, without the skipped files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dataset will hold %n image(s); training needs at least %1. You can add more later.</source>
        <translation>
            <numerusform>The dataset will hold %n image; training needs at least %1. You can add more later.</numerusform>
            <numerusform>The dataset will hold %n images; training needs at least %1. You can add more later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Core::UploadService</name>
    <message numerus="yes">
        <source>%1: %n image(s) added (%2)</source>
        <translation>
            <numerusform>%1: %n image added (%2)</numerusform>
            <numerusform>%1: %n images added (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s) were already in the dataset (%2)</source>
        <translation>
            <numerusform>%1: %n image was already in the dataset (%2)</numerusform>
            <numerusform>%1: %n images were already in the dataset (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Models::ReviewCaptions</name>
    <message numerus="yes">
        <source>Change %n caption(s)</source>
        <translation>
            <numerusform>Change %n caption</numerusform>
            <numerusform>Change %n captions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::BulkCaptionDialog</name>
    <message numerus="yes">
        <source>&amp;Selected images (%n)</source>
        <translation>
            <numerusform>&amp;Selected images (%n)</numerusform>
            <numerusform>&amp;Selected images (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All images (%n)</source>
        <translation>
            <numerusform>&amp;All images (%n)</numerusform>
            <numerusform>&amp;All images (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) of %1 will change.</source>
        <translation>
            <numerusform>%n caption of %1 will change.</numerusform>
            <numerusform>%n captions of %1 will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::CaptionPanel</name>
    <message numerus="yes">
        <source>%n character(s) (at most %1)</source>
        <translation>
            <numerusform>%n character (at most %1)</numerusform>
            <numerusform>%n characters (at most %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetDetailPane</name>
    <message numerus="yes">
        <source>A dataset holds at most %n image(s).</source>
        <translation>
            <numerusform>A dataset holds at most %n image.</numerusform>
            <numerusform>A dataset holds at most %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without caption</source>
        <translation>
            <numerusform>%n without caption</numerusform>
            <numerusform>%n without caption</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near-duplicate(s)</source>
        <translation>
            <numerusform>%n near-duplicate</numerusform>
            <numerusform>%n near-duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) under %1 pixels on the short side: too small to teach a model much.</source>
        <translation>
            <numerusform>%n image under %1 pixels on the short side: too small to teach a model much.</numerusform>
            <numerusform>%n images under %1 pixels on the short side: too small to teach a model much.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetExportFlow</name>
    <message numerus="yes">
        <source>…and %n more (see Show Details)</source>
        <translation>
            <numerusform>…and %n more (see Show Details)</numerusform>
            <numerusform>…and %n more (see Show Details)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The ZIP holds %n image(s) with their captions and a metadata.jsonl.</source>
        <translation>
            <numerusform>The ZIP holds %n image with its caption and a metadata.jsonl.</numerusform>
            <numerusform>The ZIP holds %n images with their captions and a metadata.jsonl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are not in it: this computer has no copy of them (they were uploaded from elsewhere), and Ideogram cannot send images back:</source>
        <translation>
            <numerusform>%n file is not in it: this computer has no copy of it (it was uploaded from elsewhere), and Ideogram cannot send images back:</numerusform>
            <numerusform>%n files are not in it: this computer has no copy of them (they were uploaded from elsewhere), and Ideogram cannot send images back:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded from here were moved, renamed or deleted since, so they are not in it:</source>
        <translation>
            <numerusform>%n file uploaded from here was moved, renamed or deleted since, so it is not in it:</numerusform>
            <numerusform>%n files uploaded from here were moved, renamed or deleted since, so they are not in it:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) are only in metadata.jsonl: another image has the same name before its extension, and its caption file took that name:</source>
        <translation>
            <numerusform>%n caption is only in metadata.jsonl: another image has the same name before its extension, and its caption file took that name:</numerusform>
            <numerusform>%n captions are only in metadata.jsonl: another image has the same name before its extension, and its caption file took that name:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetFlow</name>
    <message numerus="yes">
        <source>Up to date: %n dataset(s).</source>
        <translation>
            <numerusform>Up to date: %n dataset.</numerusform>
            <numerusform>Up to date: %n datasets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An upload cut short last time was checked with Ideogram: %n file(s) are in place.</source>
        <translation>
            <numerusform>An upload cut short last time was checked with Ideogram: %n file is in place.</numerusform>
            <numerusform>An upload cut short last time was checked with Ideogram: %n files are in place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DescribeDialog</name>
    <message numerus="yes">
        <source>Ideogram looks at each image and writes a caption for it. The captions arrive as drafts marked “from Ideogram”: read and change them before you upload.

Images: %n.</source>
        <translation>
            <numerusform>Ideogram looks at each image and writes a caption for it. The captions arrive as drafts marked “from Ideogram”: read and change them before you upload.

Images: %n.</numerusform>
            <numerusform>Ideogram looks at each image and writes a caption for it. The captions arrive as drafts marked “from Ideogram”: read and change them before you upload.

Images: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Caption %n Image(s)</source>
        <translation>
            <numerusform>&amp;Caption %n Image</numerusform>
            <numerusform>&amp;Caption %n Images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ideogram&apos;s price: %1 per image, %2 for %n image(s)%3. Billed to the account “%4”.</source>
        <translation>
            <numerusform>Ideogram&apos;s price: %1 per image, %2 for %n image%3. Billed to the account “%4”.</numerusform>
            <numerusform>Ideogram&apos;s price: %1 per image, %2 for %n images%3. Billed to the account “%4”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ideogram gave no price for this. Describe is billed per image (%n image(s) here), to the account “%1”.</source>
        <translation>
            <numerusform>Ideogram gave no price for this. Describe is billed per image (%n image here), to the account “%1”.</numerusform>
            <numerusform>Ideogram gave no price for this. Describe is billed per image (%n images here), to the account “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ideogram&apos;s price: %1 per image, %2 for %n image(s)%3. Nothing is billed in the sandbox.</source>
        <translation>
            <numerusform>Ideogram&apos;s price: %1 per image, %2 for %n image%3. Nothing is billed in the sandbox.</numerusform>
            <numerusform>Ideogram&apos;s price: %1 per image, %2 for %n images%3. Nothing is billed in the sandbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::GenerateFlow</name>
    <message numerus="yes">
        <source>Ideogram is making %n image(s)…</source>
        <translation>
            <numerusform>Ideogram is making %n image…</numerusform>
            <numerusform>Ideogram is making %n images…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n image(s).</source>
        <translation>
            <numerusform>Saved %n image.</numerusform>
            <numerusform>Saved %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) withheld by Ideogram&apos;s safety check.</source>
        <translation>
            <numerusform>%n image withheld by Ideogram&apos;s safety check.</numerusform>
            <numerusform>%n images withheld by Ideogram&apos;s safety check.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::GeneratePanel</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::ModelFlow</name>
    <message numerus="yes">
        <source>%n model(s).</source>
        <translation>
            <numerusform>%n model.</numerusform>
            <numerusform>%n models.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::StorageNotice</name>
    <message numerus="yes">
        <source>Show %n request(s)…</source>
        <translation>
            <numerusform>Show %n request…</numerusform>
            <numerusform>Show %n requests…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) made just before may have been sent: before making one again, look for it in the Datasets and Models lists, which are read again from Ideogram.</source>
        <translation>
            <numerusform>%n request made just before may have been sent: before making it again, look for it in the Datasets and Models lists, which are read again from Ideogram.</numerusform>
            <numerusform>%n requests made just before may have been sent: before making one again, look for it in the Datasets and Models lists, which are read again from Ideogram.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::TrainDialog</name>
    <message numerus="yes">
        <source>Ideogram trains a custom model on the %n image(s) of “%1”. Training takes a while; the app follows it and tells you when it is done.</source>
        <translation>
            <numerusform>Ideogram trains a custom model on the %n image of “%1”. Training takes a while; the app follows it and tells you when it is done.</numerusform>
            <numerusform>Ideogram trains a custom model on the %n images of “%1”. Training takes a while; the app follows it and tells you when it is done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::UploadDialog</name>
    <message numerus="yes">
        <source>Checking %n file(s) or folder(s)…</source>
        <translation>
            <numerusform>Checking %n file or folder…</numerusform>
            <numerusform>Checking %n files or folders…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) are longer than %1: shorten them before you upload.</source>
        <translation>
            <numerusform>%n caption is longer than %1: shorten it before you upload.</numerusform>
            <numerusform>%n captions are longer than %1: shorten them before you upload.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n file(s)</source>
        <translation>
            <numerusform>Remove %n file</numerusform>
            <numerusform>Remove %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n caption(s)…</source>
        <translation>
            <numerusform>Writing %n caption…</numerusform>
            <numerusform>Writing %n captions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s)</source>
        <translation>
            <numerusform>%1 of %n image</numerusform>
            <numerusform>%1 of %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n file uploaded</numerusform>
            <numerusform>%n files uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s)</source>
        <translation>
            <numerusform>%n caption</numerusform>
            <numerusform>%n captions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will not be sent</source>
        <translation>
            <numerusform>%n will not be sent</numerusform>
            <numerusform>%n will not be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n file(s) (converting, taking out of ZIP files)…</source>
        <translation>
            <numerusform>Preparing %n file (converting, taking out of ZIP files)…</numerusform>
            <numerusform>Preparing %n files (converting, taking out of ZIP files)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Captioning with Ideogram: %1 of %n image(s)…</source>
        <translation>
            <numerusform>Captioning with Ideogram: %1 of %n image…</numerusform>
            <numerusform>Captioning with Ideogram: %1 of %n images…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ideogram asked the app to slow down; captioning goes on in %n second(s).</source>
        <translation>
            <numerusform>Ideogram asked the app to slow down; captioning goes on in %n second.</numerusform>
            <numerusform>Ideogram asked the app to slow down; captioning goes on in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) from Ideogram to check</source>
        <translation>
            <numerusform>%n caption from Ideogram to check</numerusform>
            <numerusform>%n captions from Ideogram to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not captioned (see the Caption column)</source>
        <translation>
            <numerusform>%n image not captioned (see the Caption column)</numerusform>
            <numerusform>%n images not captioned (see the Caption column)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n stopped</numerusform>
            <numerusform>%n stopped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Keep One of Each Duplicate (%n group(s))</source>
        <translation>
            <numerusform>&amp;Keep One of Each Duplicate (%n group)</numerusform>
            <numerusform>&amp;Keep One of Each Duplicate (%n groups)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of duplicate or near-duplicate images: a model learns nothing from a second copy. Keep One removes the extra copies.</source>
        <translation>
            <numerusform>%n group of duplicate or near-duplicate images: a model learns nothing from a second copy. Keep One removes the extra copies.</numerusform>
            <numerusform>%n groups of duplicate or near-duplicate images: a model learns nothing from a second copy. Keep One removes the extra copies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: captions for %n image(s).</source>
        <translation>
            <numerusform>%1: captions for %n image.</numerusform>
            <numerusform>%1: captions for %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n name(s) match no image here: %2.</source>
        <translation>
            <numerusform>%1: %n name matches no image here: %2.</numerusform>
            <numerusform>%1: %n names match no image here: %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
