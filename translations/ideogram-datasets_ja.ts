<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Ids::App::AppController</name>
    <message>
        <source>The sandbox could not start: no free port on this computer's loopback address (127.0.0.1).</source>
        <translation>サンドボックスを起動できませんでした。このコンピューターのループバックアドレス (127.0.0.1) に空いているポートがありません。</translation>
    </message>
</context>
<context>
    <name>Ids::App::Check</name>
    <message>
        <source>Unknown option for --check: %1</source>
        <translation>--check の不明なオプション: %1</translation>
    </message>
    <message>
        <source>Usage: ideogram-datasets --check PATH… [--json]</source>
        <translation>使い方: ideogram-datasets --check パス… [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked: </source>
        <translation>
            <numerusform>%n 個のファイルを確認しました: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>画像 %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s)</source>
        <translation>
            <numerusform>キャプション %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n 件をスキップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n 件を拒否</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>These files can be uploaded.</source>
        <translation>これらのファイルはアップロードできます。</translation>
    </message>
    <message>
        <source>These files cannot be uploaded as they are.</source>
        <translation>これらのファイルはこのままではアップロードできません。</translation>
    </message>
</context>
<context>
    <name>Ids::Core::Account</name>
    <message>
        <source>The local database of the account “%1” could not be opened (%2). Check that your home folder is writable and has free space, then try again.</source>
        <translation>アカウント「%1」のローカルデータベースを開けませんでした (%2)。ホームフォルダーに書き込みができ、空き容量があることを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 (key …%2)</source>
        <translation>%1 (キー …%2)</translation>
    </message>
    <message>
        <source>The local database of the account “%1” is damaged and could not be moved aside (%2). Check that your home folder is writable, then try again.</source>
        <translation>アカウント「%1」のローカルデータベースが壊れていて、別の場所へ移すこともできませんでした (%2)。ホームフォルダーに書き込めることを確認してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>Ids::Core::AccountList</name>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Ideogram</source>
        <translation>Ideogram</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>アカウント %1</translation>
    </message>
</context>
<context>
    <name>Ids::Core::ApiError</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Ideogram gave an address this app does not download from.</source>
        <translation>Ideogram から、このアプリがダウンロードに使わないアドレスが返されました。</translation>
    </message>
    <message>
        <source>What was downloaded is not an image.</source>
        <translation>ダウンロードしたものは画像ではありません。</translation>
    </message>
    <message>
        <source>This computer went offline before the image arrived. Generate again to get it.</source>
        <translation>画像が届く前にこのコンピューターがオフラインになりました。もう一度生成して画像を受け取ってください。</translation>
    </message>
    <message>
        <source>The image did not arrive in time. Generate again to get it.</source>
        <translation>画像が時間内に届きませんでした。もう一度生成して画像を受け取ってください。</translation>
    </message>
    <message>
        <source>The image could not be downloaded (HTTP %1): its address may have expired. Generate again to get it.</source>
        <translation>画像をダウンロードできませんでした (HTTP %1)。アドレスの有効期限が切れた可能性があります。もう一度生成して画像を受け取ってください。</translation>
    </message>
    <message>
        <source>The image could not be downloaded (the connection failed). Generate again to get it.</source>
        <translation>画像をダウンロードできませんでした (接続に失敗しました)。もう一度生成して画像を受け取ってください。</translation>
    </message>
    <message>
        <source>The connection is not private: the server's certificate has expired or is not valid yet. Nothing was sent. Check that this computer's date and time are right, then try again.</source>
        <translation>この接続は安全ではありません。サーバーの証明書が期限切れか、まだ有効になっていません。何も送信していません。このコンピューターの日付と時刻が正しいことを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection is not private: the server's certificate comes from an authority this computer does not trust, so someone may be intercepting it. Nothing was sent. Try another network, or ask the network's administrator.</source>
        <translation>この接続は安全ではありません。サーバーの証明書はこのコンピューターが信頼していない発行元のものなので、通信が傍受されている可能性があります。何も送信していません。別のネットワークを試すか、ネットワークの管理者にお問い合わせください。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) from Ideogram could not be read</source>
        <translation>
            <numerusform>Ideogram から届いた %n 件の項目を読み取れませんでした</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s) from Ideogram could not be read</source>
        <translation>
            <numerusform>Ideogram から届いた %n 件のデータセットを読み取れませんでした</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) from Ideogram could not be read</source>
        <translation>
            <numerusform>Ideogram から届いた %n 件のモデルを読み取れませんでした</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training step(s) from Ideogram could not be read</source>
        <translation>
            <numerusform>Ideogram から届いた %n 件のトレーニング段階を読み取れませんでした</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this dataset could not be read from Ideogram</source>
        <translation>
            <numerusform>このデータセットの %n 個のファイルを Ideogram から読み取れませんでした</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) of this dataset could not be read from Ideogram</source>
        <translation>
            <numerusform>このデータセットの %n 件のモデルを Ideogram から読み取れませんでした</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file result(s) from Ideogram could not be read; those files were looked up in the dataset instead</source>
        <translation>
            <numerusform>Ideogram から届いた %n 件のファイル結果を読み取れなかったため、代わりにデータセット内でそれらのファイルを確認しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) from Ideogram could not be read</source>
        <translation>
            <numerusform>Ideogram から届いた %n 枚の画像を読み取れませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset list</source>
        <translation>データセット一覧</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>モデル一覧</translation>
    </message>
    <message>
        <source>Training steps</source>
        <translation>トレーニングの段階</translation>
    </message>
    <message>
        <source>Files of the dataset</source>
        <translation>データセットのファイル</translation>
    </message>
    <message>
        <source>Models of the dataset</source>
        <translation>データセットのモデル</translation>
    </message>
    <message>
        <source>Files stored by the upload</source>
        <translation>アップロードで保存されたファイル</translation>
    </message>
    <message>
        <source>Files refused by the upload</source>
        <translation>アップロードで拒否されたファイル</translation>
    </message>
    <message>
        <source>Generated images</source>
        <translation>生成された画像</translation>
    </message>
    <message>
        <source>%1, entry %2: %3</source>
        <translation>%1、項目 %2: %3</translation>
    </message>
    <message>
        <source>Your system keychain is not available, so the key will be kept only until you close the app.</source>
        <translation>システムのキーチェーンを利用できないため、キーはアプリを閉じるまでのあいだだけ保持されます。</translation>
    </message>
    <message>
        <source>Your keychain is locked and was not unlocked, so the key is kept only until you close the app. Choose Try again and unlock it when asked.</source>
        <translation>キーチェーンがロックされたまま解除されなかったため、キーはアプリを閉じるまでのあいだだけ保持されます。「再試行」を選び、求められたらロックを解除してください。</translation>
    </message>
    <message>
        <source>Your keychain did not answer in time, so the key is kept only until you close the app. Choose Try again; if it asks for a password, enter it.</source>
        <translation>キーチェーンが時間内に応答しなかったため、キーはアプリを閉じるまでのあいだだけ保持されます。「再試行」を選び、パスワードを求められたら入力してください。</translation>
    </message>
    <message>
        <source>Ideogram's safety check rejected this image. Remove it or use another image.</source>
        <translation>Ideogram の安全チェックでこの画像が拒否されました。この画像を外すか、別の画像を使ってください。</translation>
    </message>
    <message>
        <source>Ideogram found this file too large. Make it smaller (under 10 MB) and add it again.</source>
        <translation>このファイルは Ideogram には大きすぎます。10 MB 未満に縮小してから、もう一度追加してください。</translation>
    </message>
    <message>
        <source>Ideogram had a problem storing this file. Use Retry failed to send it again.</source>
        <translation>Ideogram でこのファイルの保存に問題が発生しました。「失敗分を再試行」でもう一度送信してください。</translation>
    </message>
    <message>
        <source>Ideogram could not read this caption. Save it as plain UTF-8 text and add it again.</source>
        <translation>Ideogram がこのキャプションを読み取れませんでした。UTF-8 のプレーンテキストとして保存し、もう一度追加してください。</translation>
    </message>
    <message>
        <source>This caption is not a valid structured caption. Fix the file, or use a plain .txt caption.</source>
        <translation>これは有効な構造化キャプションではありません。ファイルを修正するか、通常の .txt キャプションを使ってください。</translation>
    </message>
    <message>
        <source>Ideogram could not read this image. Check that it opens, save it as JPEG, PNG or WebP and add it again.</source>
        <translation>Ideogram がこの画像を読み取れませんでした。画像が開けることを確認し、JPEG、PNG、WebP のいずれかで保存してから、もう一度追加してください。</translation>
    </message>
    <message>
        <source>Ideogram could not read this ZIP file. Create the archive again and add it.</source>
        <translation>Ideogram がこの ZIP ファイルを読み取れませんでした。アーカイブを作り直してから追加してください。</translation>
    </message>
    <message>
        <source>The dataset is full: it holds at most 100 images. Remove some images from this upload.</source>
        <translation>データセットがいっぱいです。画像は最大 100 枚までです。このアップロードから画像をいくつか外してください。</translation>
    </message>
    <message>
        <source>Ideogram rejected this file without saying why. Check that it opens, then use Retry failed to send it again.</source>
        <translation>Ideogram が理由を示さずにこのファイルを拒否しました。ファイルが開けることを確認してから、「失敗分を再試行」でもう一度送信してください。</translation>
    </message>
    <message>
        <source>Ideogram rejected this file (%1).</source>
        <translation>Ideogram がこのファイルを拒否しました (%1)。</translation>
    </message>
    <message>
        <source>The connection broke during the upload, and Ideogram could not be asked what arrived. Open the dataset to check, or use Retry failed.</source>
        <translation>アップロード中に接続が切れ、何が届いたかを Ideogram に確認できませんでした。データセットを開いて確認するか、「失敗分を再試行」を使ってください。</translation>
    </message>
    <message>
        <source>Ideogram did not store this file and gave no reason. Use Retry failed to send it again.</source>
        <translation>Ideogram はこのファイルを保存せず、理由も示しませんでした。「失敗分を再試行」でもう一度送信してください。</translation>
    </message>
    <message>
        <source>Ideogram's safety check refused this prompt. Change the wording and try again.</source>
        <translation>Ideogram の安全チェックでこのプロンプトが拒否されました。表現を変えて、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your Ideogram balance does not cover these images. Top up in the Ideogram dashboard, then generate again.</source>
        <translation>Ideogram の残高が足りず、これらの画像を生成できません。Ideogram のダッシュボードでチャージしてから、もう一度生成してください。</translation>
    </message>
    <message>
        <source>You are offline. Connect to the internet, then try again.</source>
        <translation>オフラインです。インターネットに接続してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection to Ideogram broke off before an answer arrived. Try again.</source>
        <translation>応答が届く前に Ideogram との接続が切れました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Ideogram did not answer in time. Check your connection, then try again.</source>
        <translation>Ideogram が時間内に応答しませんでした。接続を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Ideogram refused the request as invalid. Check what you entered and try again.</source>
        <translation>Ideogram がリクエストを無効として拒否しました。入力内容を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Ideogram refused the request: %1</source>
        <translation>Ideogram がリクエストを拒否しました: %1</translation>
    </message>
    <message>
        <source>Your Ideogram balance or plan does not cover this. Top up or change your plan in the Ideogram dashboard, then try again.</source>
        <translation>Ideogram の残高またはプランではこの操作ができません。Ideogram のダッシュボードでチャージするかプランを変更してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your Ideogram balance or plan does not cover this (%1). Top up or change your plan in the Ideogram dashboard, then try again.</source>
        <translation>Ideogram の残高またはプランではこの操作ができません (%1)。Ideogram のダッシュボードでチャージするかプランを変更してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This key is not allowed to do this. Check your Ideogram plan, or use a key of the account that owns the dataset.</source>
        <translation>このキーではこの操作は許可されていません。Ideogram のプランを確認するか、データセットを所有するアカウントのキーを使ってください。</translation>
    </message>
    <message>
        <source>Ideogram does not know this item. It may belong to another account; refresh the list.</source>
        <translation>この項目は Ideogram にありません。別のアカウントのものかもしれません。一覧を更新してください。</translation>
    </message>
    <message>
        <source>The upload is too large for Ideogram. Send fewer or smaller files at a time.</source>
        <translation>このアップロードは Ideogram には大きすぎます。一度に送るファイルの数を減らすか、小さなファイルにしてください。</translation>
    </message>
    <message>
        <source>Ideogram could not process this request. Change it and try again.</source>
        <translation>Ideogram がこのリクエストを処理できませんでした。内容を変えて、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Ideogram could not process this request: %1</source>
        <translation>Ideogram がこのリクエストを処理できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Ideogram is busy with other work of your account. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Ideogram はこのアカウントの別の処理で混み合っています。%n 秒待ってから、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideogram is busy with other work of your account. Wait a minute, then try again.</source>
        <translation>Ideogram はこのアカウントの別の処理で混み合っています。1 分ほど待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Ideogram had a problem on its side (error %1). Try again in a few minutes.</source>
        <translation>Ideogram 側で問題が発生しました (エラー %1)。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Ideogram gave an answer this app does not understand (status %1). Try again later.</source>
        <translation>Ideogram から、このアプリが理解できない応答が返されました (ステータス %1)。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server sent a web page or an empty answer instead of data. A network proxy or login page may be in the way; check your connection and try again.</source>
        <translation>サーバーがデータの代わりに Web ページか空の応答を返しました。プロキシやログインページが間に入っている可能性があります。接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Ideogram's answer was incomplete or in an unexpected form. Try again; if it keeps happening, this app may need an update.</source>
        <translation>Ideogram の応答が不完全か、予期しない形式でした。もう一度お試しください。繰り返し起こる場合は、このアプリの更新が必要かもしれません。</translation>
    </message>
    <message>
        <source>A network error stopped the request. Check your connection, then try again.</source>
        <translation>ネットワークエラーでリクエストが中断されました。接続を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>A file could not be read, or changed after you reviewed it, so nothing was sent. Add the files again.</source>
        <translation>ファイルを読み取れなかったか、確認後にファイルが変更されたため、何も送信していません。ファイルをもう一度追加してください。</translation>
    </message>
    <message>
        <source>The proxy needs a user name and password, so nothing was sent. Enter them, then try again.</source>
        <translation>プロキシにユーザー名とパスワードが必要なため、何も送信していません。入力してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The proxy %1 needs a user name and password, so nothing was sent. Enter them, then try again.</source>
        <translation>プロキシ %1 にユーザー名とパスワードが必要なため、何も送信していません。入力してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The proxy server set on this computer does not answer, so nothing was sent. Check the proxy settings of your system, or ask whoever runs the proxy.</source>
        <translation>このコンピューターに設定されたプロキシサーバーが応答しないため、何も送信していません。システムのプロキシ設定を確認するか、プロキシの管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The proxy %1 set on this computer does not answer, so nothing was sent. Check the proxy settings of your system, or ask whoever runs the proxy.</source>
        <translation>このコンピューターに設定されたプロキシ %1 が応答しないため、何も送信していません。システムのプロキシ設定を確認するか、プロキシの管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>リクエスト: %1 %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>時刻: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>分類: %1</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>プロキシ: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>サーバーの応答: %1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>技術的な詳細: %1</translation>
    </message>
    <message>
        <source>Not captioned — try again. The answer was lost, so Ideogram may have described (and billed) this image; the app does not ask again by itself.</source>
        <translation>キャプションなし — もう一度お試しください。応答が失われたため、Ideogram がこの画像を説明 (して課金) した可能性があります。アプリが自動で再度依頼することはありません。</translation>
    </message>
    <message>
        <source>Not captioned: Ideogram describes images up to 10 MB. Use Make Smaller first.</source>
        <translation>キャプションなし: Ideogram が説明できる画像は 10 MB までです。先に「縮小」を使ってください。</translation>
    </message>
    <message>
        <source>Not captioned: the image could not be read from disk. Check that it is still there.</source>
        <translation>キャプションなし: ディスクから画像を読み取れませんでした。画像がまだあるか確認してください。</translation>
    </message>
    <message>
        <source>The connection is not private: the server showed a certificate it made for itself, so someone may be intercepting it. Nothing was sent. Check the API address (File ▸ Accounts…, under Advanced), or try another network.</source>
        <translation>この接続は安全ではありません。サーバーが自己署名の証明書を示したため、通信が傍受されている可能性があります。何も送信していません。API アドレス (ファイル ▸ アカウント… の「詳細設定」)を確認するか、別のネットワークをお試しください。</translation>
    </message>
    <message>
        <source>The connection is not private: the server showed a certificate for another address, so someone may be intercepting it. Nothing was sent. Check the API address (File ▸ Accounts…, under Advanced), or try another network.</source>
        <translation>この接続は安全ではありません。サーバーが別のアドレス用の証明書を示したため、通信が傍受されている可能性があります。何も送信していません。API アドレス (ファイル ▸ アカウント… の「詳細設定」)を確認するか、別のネットワークをお試しください。</translation>
    </message>
    <message>
        <source>The server only offers an old, unsafe kind of secure connection, so nothing was sent. Check the API address (File ▸ Accounts…, under Advanced); a device on your network may be in the way.</source>
        <translation>サーバーが古く安全でない暗号化接続しか提供していないため、何も送信していません。API アドレス (ファイル ▸ アカウント… の「詳細設定」)を確認してください。ネットワーク上の機器が間に入っている可能性があります。</translation>
    </message>
    <message>
        <source>The server's security certificate could not be verified, so nothing was sent. Check the API address (File ▸ Accounts…, under Advanced) and your network (some office or hotel networks interfere).</source>
        <translation>サーバーのセキュリティ証明書を確認できなかったため、何も送信していません。API アドレス (ファイル ▸ アカウント… の「詳細設定」)とネットワークを確認してください (職場やホテルのネットワークが干渉することがあります)。</translation>
    </message>
    <message>
        <source>The Ideogram server could not be found. Check your internet connection and the API address (File ▸ Accounts…, under Advanced), then try again.</source>
        <translation>Ideogram のサーバーが見つかりませんでした。インターネット接続と API アドレス (ファイル ▸ アカウント… の「詳細設定」)を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The Ideogram server refused the connection. Try again in a few minutes; if it keeps happening, check the API address (File ▸ Accounts…, under Advanced).</source>
        <translation>Ideogram のサーバーが接続を拒否しました。数分後にもう一度お試しください。繰り返し起こる場合は、API アドレス (ファイル ▸ アカウント… の「詳細設定」)を確認してください。</translation>
    </message>
    <message>
        <source>The server tried to send the request elsewhere, which this app does not allow with your key. Check the API address (File ▸ Accounts…, under Advanced).</source>
        <translation>サーバーがリクエストを別の場所へ転送しようとしました。キーを使うリクエストでは、このアプリはそれを許可しません。API アドレス (ファイル ▸ アカウント… の「詳細設定」)を確認してください。</translation>
    </message>
    <message>
        <source>Ideogram rejected this key. Open File ▸ Accounts… and paste a valid API key.</source>
        <translation>Ideogram がこのキーを拒否しました。ファイル ▸ アカウント… を開いて、有効な API キーを貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>Ids::Core::ApiKey</name>
    <message>
        <source>Paste your Ideogram API key.</source>
        <translation>Ideogram の API キーを貼り付けてください。</translation>
    </message>
    <message>
        <source>The key contains a character that is not plain ASCII. Copy the key again from the Ideogram dashboard.</source>
        <translation>キーに ASCII 以外の文字が含まれています。Ideogram のダッシュボードからキーをもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The key contains a space or a line break. Copy the key again, without the text around it.</source>
        <translation>キーに空白か改行が含まれています。前後の文字を含めずに、キーをもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The key is too short to be an Ideogram API key (%1 characters). Copy the whole key.</source>
        <translation>Ideogram の API キーとしては短すぎます (%1 文字)。キー全体をコピーしてください。</translation>
    </message>
    <message>
        <source>The text is too long to be an Ideogram API key. Copy only the key.</source>
        <translation>Ideogram の API キーとしては長すぎます。キーだけをコピーしてください。</translation>
    </message>
</context>
<context>
    <name>Ids::Core::AppSettings</name>
    <message>
        <source>the settings file cannot be written</source>
        <translation>設定ファイルに書き込めません</translation>
    </message>
    <message>
        <source>the settings file is damaged</source>
        <translation>設定ファイルが壊れています</translation>
    </message>
</context>
<context>
    <name>Ids::Core::BaseUrl</name>
    <message>
        <source>Enter the address of the Ideogram API, for example https://api.ideogram.ai.</source>
        <translation>Ideogram API のアドレスを入力してください (例: https://api.ideogram.ai)。</translation>
    </message>
    <message>
        <source>This is not a web address. Use the form https://api.ideogram.ai.</source>
        <translation>Web アドレスではありません。https://api.ideogram.ai の形式で入力してください。</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>アドレスは https:// で始めてください。</translation>
    </message>
    <message>
        <source>Plain http would send your API key unencrypted. Use https://, or http only for this computer (127.0.0.1, ::1 or localhost).</source>
        <translation>通常の http では API キーが暗号化されずに送られます。https:// を使ってください。http はこのコンピューター (127.0.0.1、::1、localhost) に対してだけ使えます。</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address.</source>
        <translation>アドレスにユーザー名とパスワードを含めないでください。</translation>
    </message>
    <message>
        <source>Leave everything after ? or # out of the address.</source>
        <translation>アドレスの ? や # 以降は含めないでください。</translation>
    </message>
</context>
<context>
    <name>Ids::Core::BulkEdit</name>
    <message>
        <source>The search pattern is not a valid regular expression: %1 (at character %2).</source>
        <translation>検索パターンが正しい正規表現ではありません: %1 (%2 文字目)。</translation>
    </message>
</context>
<context>
    <name>Ids::Core::CaptionChecks</name>
    <message numerus="yes">
        <source>%n image(s) have no caption.</source>
        <translation>
            <numerusform>%n 枚の画像にキャプションがありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>All captions are the same; a model learns more when each caption says what is different in its image.</source>
        <translation>すべてのキャプションが同じです。キャプションごとにその画像の違いを書くと、モデルはより多くを学習できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) lack “%1”, which most captions start with.</source>
        <translation>
            <numerusform>ほとんどのキャプションは「%1」で始まりますが、%n 件のキャプションにはありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) are much longer than the others.</source>
        <translation>
            <numerusform>%n 件のキャプションがほかよりずっと長くなっています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Core::CaptionText</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>BOM 付き UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 LE with BOM</source>
        <translation>BOM 付き UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE with BOM</source>
        <translation>BOM 付き UTF-16 BE</translation>
    </message>
</context>
<context>
    <name>Ids::Core::DataSize</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Core::DatasetExport</name>
    <message>
        <source>The ZIP could not be created at %1: %2</source>
        <translation>%1 に ZIP を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>The ZIP could not be written to %1 (%2). Check that the folder is writable and the disk has room, then export again.</source>
        <translation>%1 に ZIP を書き込めませんでした (%2)。フォルダーに書き込めること、ディスクに空きがあることを確認してから、もう一度書き出してください。</translation>
    </message>
</context>
<context>
    <name>Ids::Core::DatasetName</name>
    <message>
        <source>The name contains a broken character. Type the name again.</source>
        <translation>名前に壊れた文字が含まれています。名前を入力し直してください。</translation>
    </message>
    <message>
        <source>Enter a name for the dataset.</source>
        <translation>データセットの名前を入力してください。</translation>
    </message>
    <message>
        <source>The name contains an invisible control character (such as a line break). Type the name again without it.</source>
        <translation>名前に目に見えない制御文字 (改行など) が含まれています。その文字を除いて入力し直してください。</translation>
    </message>
    <message>
        <source>The name contains an invisible text-direction character. Type the name again without it.</source>
        <translation>名前に目に見えない文字方向の制御文字が含まれています。その文字を除いて入力し直してください。</translation>
    </message>
    <message>
        <source>The name is %1 characters long; use at most %2.</source>
        <translation>名前が %1 文字あります。%2 文字以内にしてください。</translation>
    </message>
</context>
<context>
    <name>Ids::Core::DatasetService</name>
    <message>
        <source>Wait until the dataset being created is finished.</source>
        <translation>作成中のデータセットが完成するまでお待ちください。</translation>
    </message>
    <message>
        <source>Could not reach Ideogram; trying again…</source>
        <translation>Ideogram に接続できませんでした。再試行しています…</translation>
    </message>
    <message>
        <source>The answer was lost. Checking whether Ideogram created the dataset…</source>
        <translation>応答が失われました。Ideogram がデータセットを作成したか確認しています…</translation>
    </message>
    <message>
        <source>Checking whether "%1" was created before the app closed…</source>
        <translation>アプリが閉じる前に「%1」が作成されたか確認しています…</translation>
    </message>
    <message>
        <source>the new dataset</source>
        <translation>新しいデータセット</translation>
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
        <translation>ファミリー不明</translation>
    </message>
</context>
<context>
    <name>Ids::Core::FileScan</name>
    <message>
        <source>the JPEG header declares no size</source>
        <translation>JPEG のヘッダーにサイズが書かれていません</translation>
    </message>
    <message>
        <source>the HEIF image declares no size</source>
        <translation>HEIF 画像にサイズが書かれていません</translation>
    </message>
    <message>
        <source>the file name is not valid text on this system</source>
        <translation>ファイル名がこのシステムでは正しい文字として読めません</translation>
    </message>
    <message>
        <source>the link points to a file that does not exist</source>
        <translation>リンク先のファイルが存在しません</translation>
    </message>
</context>
<context>
    <name>Ids::Core::FileSniffer</name>
    <message>
        <source>empty file</source>
        <translation>空のファイル</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>text (not UTF-8)</source>
        <translation>テキスト (UTF-8 以外)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>Ids::Core::Generation</name>
    <message>
        <source>This model cannot make images yet.</source>
        <translation>このモデルはまだ画像を生成できません。</translation>
    </message>
    <message>
        <source>Describe the image you want first.</source>
        <translation>まず、ほしい画像を説明してください。</translation>
    </message>
    <message>
        <source>Shorten the prompt to at most %1 characters (now %2).</source>
        <translation>プロンプトは %1 文字以内に短くしてください (現在 %2 文字)。</translation>
    </message>
    <message>
        <source>Ask for between 1 and 8 images.</source>
        <translation>画像の枚数は 1〜8 枚で指定してください。</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to 2147483647.</source>
        <translation>シードは 0〜2147483647 の整数にしてください。</translation>
    </message>
    <message>
        <source>Choose a speed.</source>
        <translation>速度を選んでください。</translation>
    </message>
    <message>
        <source>Choose whether Ideogram may improve the prompt.</source>
        <translation>Ideogram にプロンプトを改善させるかどうかを選んでください。</translation>
    </message>
    <message>
        <source>Choose a size from the list.</source>
        <translation>一覧からサイズを選んでください。</translation>
    </message>
    <message>
        <source>At most four models can be stacked under the main one.</source>
        <translation>メインのモデルの下に重ねられるモデルは 4 つまでです。</translation>
    </message>
    <message>
        <source>“%1” cannot make images yet.</source>
        <translation>「%1」はまだ画像を生成できません。</translation>
    </message>
    <message>
        <source>“%1” is the main model: it cannot be stacked under itself.</source>
        <translation>「%1」はメインのモデルです。自分自身の下には重ねられません。</translation>
    </message>
    <message>
        <source>“%1” is in the stack twice.</source>
        <translation>「%1」がスタックに 2 回入っています。</translation>
    </message>
    <message>
        <source>The weight of “%1” must be above 0.</source>
        <translation>「%1」の重みは 0 より大きくしてください。</translation>
    </message>
    <message>
        <source>Choose an aspect ratio.</source>
        <translation>縦横比を選んでください。</translation>
    </message>
    <message>
        <source>Choose the image to remix.</source>
        <translation>リミックスする画像を選んでください。</translation>
    </message>
    <message>
        <source>The image weight must be from 1 to 100.</source>
        <translation>画像の重みは 1〜100 にしてください。</translation>
    </message>
</context>
<context>
    <name>Ids::Core::GenerationService</name>
    <message>
        <source>Wait until the images being made are saved.</source>
        <translation>生成中の画像が保存されるまでお待ちください。</translation>
    </message>
    <message>
        <source>This model cannot make images: it must be completed and available for generation.</source>
        <translation>このモデルは画像を生成できません。トレーニングが完了し、生成に使える状態になっている必要があります。</translation>
    </message>
    <message numerus="yes">
        <source>Ideogram is making %n image(s)…</source>
        <translation>
            <numerusform>Ideogram が画像を %n 枚生成しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving image %1…</source>
        <translation>画像 %1 を保存しています…</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>画像 %1: %2</translation>
    </message>
    <message>
        <source>Image %1 could not be saved: %2</source>
        <translation>画像 %1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
</context>
<context>
    <name>Ids::Core::MetadataCaptions</name>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>引用符で囲まれた項目が、ファイルの終わりまでに閉じられていません。</translation>
    </message>
    <message>
        <source>Line %1: not a JSON object.</source>
        <translation>%1 行目: JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>Line %1: no file_name and text.</source>
        <translation>%1 行目: file_name と text がありません。</translation>
    </message>
    <message>
        <source>The first line does not name the columns file_name and text.</source>
        <translation>1 行目に file_name と text の列名がありません。</translation>
    </message>
    <message>
        <source>Record %1: no file_name and text.</source>
        <translation>レコード %1: file_name と text がありません。</translation>
    </message>
</context>
<context>
    <name>Ids::Core::ModelName</name>
    <message>
        <source>Enter a name for the model.</source>
        <translation>モデルの名前を入力してください。</translation>
    </message>
    <message>
        <source>Use only the letters A–Z, digits, spaces and hyphens (not "%1").</source>
        <translation>使えるのは英字 A〜Z、数字、空白、ハイフンだけです (「%1」は使えません)。</translation>
    </message>
    <message>
        <source>Use at least %1 characters (now %2).</source>
        <translation>%1 文字以上にしてください (現在 %2 文字)。</translation>
    </message>
    <message>
        <source>Use at most %1 characters (now %2).</source>
        <translation>%1 文字以内にしてください (現在 %2 文字)。</translation>
    </message>
</context>
<context>
    <name>Ids::Core::Schema</name>
    <message>
        <source>the database was written by a newer version of the app (schema %1)</source>
        <translation>データベースは新しいバージョンのアプリで書き込まれています (スキーマ %1)</translation>
    </message>
</context>
<context>
    <name>Ids::Core::StackRules</name>
    <message>
        <source>At most four models can be stacked under the main one.</source>
        <translation>メインのモデルの下に重ねられるモデルは 4 つまでです。</translation>
    </message>
    <message>
        <source>“%1” is the main model: it cannot be stacked under itself.</source>
        <translation>「%1」はメインのモデルです。自分自身の下には重ねられません。</translation>
    </message>
    <message>
        <source>“%1” is already in the stack.</source>
        <translation>「%1」はすでにスタックにあります。</translation>
    </message>
    <message>
        <source>“%1” has not finished training: only finished models can be stacked.</source>
        <translation>「%1」はトレーニングが完了していません。重ねられるのはトレーニングが完了したモデルだけです。</translation>
    </message>
    <message>
        <source>“%1” is an Ideogram 3.0 model: only Ideogram 4.0 models can be stacked.</source>
        <translation>「%1」は Ideogram 3.0 のモデルです。重ねられるのは Ideogram 4.0 のモデルだけです。</translation>
    </message>
    <message>
        <source>The app does not know yet whether “%1” is an Ideogram 4.0 model: only those can be stacked.</source>
        <translation>「%1」が Ideogram 4.0 のモデルかどうか、アプリにはまだ分かりません。重ねられるのは Ideogram 4.0 のモデルだけです。</translation>
    </message>
    <message>
        <source>The weight must be above 0.</source>
        <translation>重みは 0 より大きくしてください。</translation>
    </message>
</context>
<context>
    <name>Ids::Core::StorageHealth</name>
    <message>
        <source>Nothing was sent, and nothing was billed: the app saves a note of %1 before sending it, and it cannot save anything now because your disk is full or its data folder cannot be written (the message at the top of the window says which). Try again once that message is gone.</source>
        <translation>何も送信しておらず、課金もされていません。アプリは送信前に %1 の記録を保存しますが、ディスクがいっぱいか、データフォルダーに書き込めないため、今は何も保存できません (どちらかはウィンドウ上部のメッセージに表示されています)。そのメッセージが消えたら、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>Ids::Core::StructuredCaption</name>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>スタイル</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
</context>
<context>
    <name>Ids::Core::TrainKnobRules</name>
    <message>
        <source>Enter a whole number of steps, such as %1.</source>
        <translation>ステップ数を整数で入力してください (例: %1)。</translation>
    </message>
    <message>
        <source>Enter a number between 0 and 1, such as 0.999.</source>
        <translation>0 と 1 の間の数値を入力してください (例: 0.999)。</translation>
    </message>
    <message>
        <source>Enter a number above 0, such as 0.0001.</source>
        <translation>0 より大きい数値を入力してください (例: 0.0001)。</translation>
    </message>
    <message>
        <source>Use between %1 and %2 training steps.</source>
        <translation>トレーニングのステップ数は %1〜%2 にしてください。</translation>
    </message>
    <message>
        <source>Use a multiple of %1 (such as %2 or %3).</source>
        <translation>%1 の倍数にしてください (%2、%3 など)。</translation>
    </message>
    <message>
        <source>The LoRA rank must be 64 or 128.</source>
        <translation>LoRA ランクは 64 か 128 にしてください。</translation>
    </message>
    <message>
        <source>The EMA must be above 0 and below 1 (typically 0.99 to 0.9999).</source>
        <translation>EMA は 0 より大きく 1 より小さい値にしてください (通常は 0.99〜0.9999)。</translation>
    </message>
    <message>
        <source>The learning rate must be above 0 (typically 0.00001 to 0.0001).</source>
        <translation>学習率は 0 より大きい値にしてください (通常は 0.00001〜0.0001)。</translation>
    </message>
    <message>
        <source>The batch size must be 1, 2, 4, 8, 16 or 32.</source>
        <translation>バッチサイズは 1、2、4、8、16、32 のいずれかにしてください。</translation>
    </message>
    <message>
        <source>Choose one of the base variants Ideogram offers.</source>
        <translation>Ideogram が用意しているベースの種類から 1 つ選んでください。</translation>
    </message>
    <message>
        <source>Choose Ideogram 4.0 or Ideogram 3.0 to train on.</source>
        <translation>トレーニングのベースにする Ideogram 4.0 か Ideogram 3.0 を選んでください。</translation>
    </message>
    <message>
        <source>Batch size and base variant exist only for Ideogram 4.0 trainings.</source>
        <translation>バッチサイズとベースの種類は、Ideogram 4.0 のトレーニングでのみ指定できます。</translation>
    </message>
</context>
<context>
    <name>Ids::Core::TrainingService</name>
    <message>
        <source>A training of this dataset was asked for and is not confirmed yet.</source>
        <translation>このデータセットのトレーニングを依頼しましたが、まだ確認が取れていません。</translation>
    </message>
    <message>
        <source>Another training is being started. Wait until it is confirmed.</source>
        <translation>別のトレーニングを開始しています。確認が取れるまでお待ちください。</translation>
    </message>
    <message>
        <source>Waiting for the dataset's details from Ideogram…</source>
        <translation>Ideogram からデータセットの詳細が届くのを待っています…</translation>
    </message>
    <message>
        <source>Add at least %1 images to train a model (this dataset has %2).</source>
        <translation>モデルをトレーニングするには画像を %1 枚以上追加してください (このデータセットには %2 枚あります)。</translation>
    </message>
    <message>
        <source>Ideogram trains on at most %1 images (this dataset has %2).</source>
        <translation>Ideogram がトレーニングに使える画像は最大 %1 枚です (このデータセットには %2 枚あります)。</translation>
    </message>
    <message>
        <source>The answer was lost. Checking whether Ideogram started the training…</source>
        <translation>応答が失われました。Ideogram がトレーニングを開始したか確認しています…</translation>
    </message>
    <message>
        <source>Checking whether the training "%1" was started before the app closed…</source>
        <translation>アプリが閉じる前にトレーニング「%1」が開始されたか確認しています…</translation>
    </message>
    <message>
        <source>the training</source>
        <translation>トレーニング</translation>
    </message>
</context>
<context>
    <name>Ids::Core::UploadReview</name>
    <message>
        <source>Skipped: Mac file information that macOS adds to ZIP files, not a picture.</source>
        <translation>スキップ: macOS が ZIP ファイルに加える Mac のファイル情報で、画像ではありません。</translation>
    </message>
    <message>
        <source>Skipped: a Mac file's hidden attributes (a “._” file), not a picture.</source>
        <translation>スキップ: Mac のファイルの隠し属性 (「._」ファイル) で、画像ではありません。</translation>
    </message>
    <message>
        <source>Skipped: the Mac Finder's folder settings, not a picture.</source>
        <translation>スキップ: Mac の Finder のフォルダー設定で、画像ではありません。</translation>
    </message>
    <message>
        <source>Skipped: Windows' thumbnail cache, not a picture.</source>
        <translation>スキップ: Windows のサムネイルキャッシュで、画像ではありません。</translation>
    </message>
    <message>
        <source>Skipped: Windows' folder settings, not a picture.</source>
        <translation>スキップ: Windows のフォルダー設定で、画像ではありません。</translation>
    </message>
    <message>
        <source>Skipped: an empty folder.</source>
        <translation>スキップ: 空のフォルダーです。</translation>
    </message>
    <message>
        <source>Skipped: a hidden file (its name starts with a dot).</source>
        <translation>スキップ: 隠しファイルです (名前がドットで始まっています)。</translation>
    </message>
    <message>
        <source>This image cannot be read (%1). Open it in an image program and save it again.</source>
        <translation>この画像を読み取れません (%1)。画像編集ソフトで開いて、保存し直してください。</translation>
    </message>
    <message>
        <source>HEIC/AVIF image with transparency, will be sent as PNG.</source>
        <translation>透明部分のある HEIC/AVIF 画像です。PNG として送信します。</translation>
    </message>
    <message>
        <source>HEIC photo, will be sent as JPEG.</source>
        <translation>HEIC 写真です。JPEG として送信します。</translation>
    </message>
    <message>
        <source>Stored sideways with a rotation tag; it will be sent upright.</source>
        <translation>回転情報付きで横向きに保存されています。正しい向きに直して送信します。</translation>
    </message>
    <message>
        <source>Stored sideways with a rotation tag, which a trainer may ignore. Save it upright as JPEG or PNG if it shows sideways.</source>
        <translation>回転情報付きで横向きに保存されていますが、トレーニングではこの情報が無視されることがあります。横向きに表示される場合は、正しい向きにして JPEG か PNG で保存してください。</translation>
    </message>
    <message>
        <source>A JPEG in print colours (CMYK); it will be sent as an RGB JPEG.</source>
        <translation>印刷用の色 (CMYK) の JPEG です。RGB の JPEG として送信します。</translation>
    </message>
    <message>
        <source>This WebP is animated; Ideogram trains on still images. Save the frame you want as JPEG, PNG or WebP.</source>
        <translation>この WebP はアニメーションです。Ideogram は静止画でトレーニングします。使いたいコマを JPEG、PNG、WebP のいずれかで保存してください。</translation>
    </message>
    <message>
        <source>This PNG is animated; only its first frame is used.</source>
        <translation>この PNG はアニメーションです。最初のコマだけを使います。</translation>
    </message>
    <message>
        <source>A 16-bit PNG; sent as it is.</source>
        <translation>16 ビットの PNG です。そのまま送信します。</translation>
    </message>
    <message>
        <source>This image could not be converted (%1).</source>
        <translation>この画像を変換できませんでした (%1)。</translation>
    </message>
    <message>
        <source>Made smaller to %1 × %2 pixels.</source>
        <translation>%1 × %2 ピクセルに縮小しました。</translation>
    </message>
    <message>
        <source>This image is %1; the limit is %2.</source>
        <translation>この画像は %1 です。上限は %2 です。</translation>
    </message>
    <message>
        <source>Use Make Smaller to scale it to %1 pixels on its longest side.</source>
        <translation>「縮小」を使うと、長辺が %1 ピクセルになるよう縮小します。</translation>
    </message>
    <message>
        <source>Make it smaller in an image program.</source>
        <translation>画像編集ソフトで縮小してください。</translation>
    </message>
    <message>
        <source>This image is %1; Ideogram may refuse files over %2.</source>
        <translation>この画像は %1 です。%2 を超えるファイルは Ideogram に拒否されることがあります。</translation>
    </message>
    <message>
        <source>Only %1 × %2 pixels: under %3 pixels on its short side, it teaches the model little.</source>
        <translation>わずか %1 × %2 ピクセルです。短辺が %3 ピクセル未満の画像からは、モデルはあまり学習できません。</translation>
    </message>
    <message>
        <source>A JPEG named .%1; it will be sent as .jpg.</source>
        <translation>拡張子が .%1 の JPEG です。.jpg として送信します。</translation>
    </message>
    <message>
        <source>Its name says .%1 but it is a %2 image; it will be sent as %2.</source>
        <translation>名前は .%1 ですが、中身は %2 画像です。%2 として送信します。</translation>
    </message>
    <message>
        <source>This caption is longer than %1.</source>
        <translation>このキャプションは %1 を超えています。</translation>
    </message>
    <message>
        <source>This structured caption is not a JSON object.</source>
        <translation>この構造化キャプションは JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>Its Windows line ends (CRLF) will be sent as plain line ends (LF).</source>
        <translation>Windows の改行 (CRLF) は通常の改行 (LF) にして送信します。</translation>
    </message>
    <message>
        <source>Caption saved as %1; it will be sent as UTF-8.</source>
        <translation>%1 で保存されたキャプションです。UTF-8 にして送信します。</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) in this folder were not added: at most %1 files are taken from folders. Add them in a second upload.</source>
        <translation>
            <numerusform>このフォルダーのほかの %n 個のファイルは追加していません。フォルダーから取り込めるのは最大 %1 個です。2 回目のアップロードで追加してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its name is not valid text on this computer (it was probably made on a system with another alphabet), so it cannot be opened. Rename the file, then add it again.</source>
        <translation>ファイル名がこのコンピューターでは正しい文字として読めないため (別の文字体系のシステムで作られたものと思われます)、開けません。ファイル名を変更してから、もう一度追加してください。</translation>
    </message>
    <message>
        <source>This is a link to a file that no longer exists.</source>
        <translation>これは、もう存在しないファイルへのリンクです。</translation>
    </message>
    <message>
        <source>This file could not be read (%1). Check that you may open it.</source>
        <translation>このファイルを読み取れませんでした (%1)。開く権限があるか確認してください。</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>このファイルは空です。</translation>
    </message>
    <message>
        <source>This ZIP file cannot be used: %1.</source>
        <translation>この ZIP ファイルは使えません: %1。</translation>
    </message>
    <message>
        <source>An archive inside the archive; unpack it and add its files.</source>
        <translation>アーカイブの中のアーカイブです。展開して、中のファイルを追加してください。</translation>
    </message>
    <message>
        <source>This caption is not UTF-8 or UTF-16 text (perhaps an older Windows or Mac encoding). Save it again as UTF-8.</source>
        <translation>このキャプションは UTF-8 や UTF-16 のテキストではありません (古い Windows や Mac の文字コードかもしれません)。UTF-8 で保存し直してください。</translation>
    </message>
    <message>
        <source>This caption file does not hold text (it has bytes no text file has). Open it in a text editor and save it as UTF-8 text.</source>
        <translation>このキャプションファイルの中身はテキストではありません (テキストファイルにはないバイトが含まれています)。テキストエディターで開き、UTF-8 のテキストとして保存してください。</translation>
    </message>
    <message>
        <source>This is a text file, not an image. Captions need the .txt extension.</source>
        <translation>これは画像ではなくテキストファイルです。キャプションの拡張子は .txt にしてください。</translation>
    </message>
    <message>
        <source>This is not a JPEG, PNG, WebP or HEIC image, caption or ZIP file.</source>
        <translation>これは JPEG、PNG、WebP、HEIC の画像でも、キャプションや ZIP ファイルでもありません。</translation>
    </message>
    <message>
        <source>This is a %1 file. Ideogram takes JPEG, PNG and WebP images; convert it first.</source>
        <translation>これは %1 ファイルです。Ideogram が受け付けるのは JPEG、PNG、WebP の画像です。先に変換してください。</translation>
    </message>
    <message>
        <source>There is no image named %1 in this upload for this caption.</source>
        <translation>このアップロードには、このキャプションに対応する %1 という名前の画像がありません。</translation>
    </message>
    <message>
        <source>Several images share this name (%1): which one the caption belongs to is unclear. Rename or remove all but one.</source>
        <translation>同じ名前 (%1) の画像が複数あるため、キャプションがどの画像のものか分かりません。1 つを残して、名前を変えるか外してください。</translation>
    </message>
    <message>
        <source>Another file is sent as %1; this one will be sent as %2.</source>
        <translation>別のファイルが %1 として送信されるため、このファイルは %2 として送信します。</translation>
    </message>
    <message>
        <source>Sent as %1, with its image.</source>
        <translation>対応する画像と一緒に %1 として送信します。</translation>
    </message>
    <message>
        <source>This ZIP file holds no image that can be sent.</source>
        <translation>この ZIP ファイルには送信できる画像がありません。</translation>
    </message>
    <message numerus="yes">
        <source>Sent as it is: %n image(s).</source>
        <translation>
            <numerusform>そのまま送信: 画像 %n 枚。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Larger than %1: its %n image(s) will be sent one by one.</source>
        <translation>
            <numerusform>%1 を超えているため、中の画像 %n 枚を 1 枚ずつ送信します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n image(s) will be sent one by one, without the skipped files.</source>
        <translation>
            <numerusform>スキップしたファイルを除き、中の画像 %n 枚を 1 枚ずつ送信します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This would put %1 images in the dataset; the limit is %2. Remove %n image(s) from this upload.</source>
        <translation>
            <numerusform>データセットの画像が %1 枚になりますが、上限は %2 枚です。このアップロードから画像を %n 枚外してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dataset will hold %n image(s); training needs at least %1. You can add more later.</source>
        <translation>
            <numerusform>データセットの画像は %n 枚になります。トレーニングには %1 枚以上必要です。あとから追加することもできます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Captions for the images are read from this file; it is not sent itself.</source>
        <translation>画像のキャプションはこのファイルから読み込みます。このファイル自体は送信しません。</translation>
    </message>
</context>
<context>
    <name>Ids::Core::UploadService</name>
    <message>
        <source>these files</source>
        <translation>これらのファイル</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s) added (%2)</source>
        <translation>
            <numerusform>%1: 画像を %n 枚追加しました (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s) were already in the dataset (%2)</source>
        <translation>
            <numerusform>%1: %n 枚の画像はすでにデータセットにありました (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Core::ZipArchive</name>
    <message>
        <source>an entry has no name</source>
        <translation>名前のない項目があります</translation>
    </message>
    <message>
        <source>an entry name holds control characters</source>
        <translation>項目名に制御文字が含まれています</translation>
    </message>
    <message>
        <source>an entry has an absolute path</source>
        <translation>絶対パスの項目があります</translation>
    </message>
    <message>
        <source>an entry name starts with a drive letter</source>
        <translation>項目名がドライブ文字で始まっています</translation>
    </message>
    <message>
        <source>an entry name climbs out of the archive (..)</source>
        <translation>項目名がアーカイブの外を指しています (..)</translation>
    </message>
    <message>
        <source>an entry name is a device name (%1)</source>
        <translation>項目名がデバイス名です (%1)</translation>
    </message>
    <message>
        <source>the file is too short to be a ZIP archive</source>
        <translation>ZIP アーカイブとしては短すぎるファイルです</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>ファイルを読み取れませんでした</translation>
    </message>
    <message>
        <source>its table of contents is missing; the archive is damaged</source>
        <translation>目次がありません。アーカイブが壊れています</translation>
    </message>
    <message>
        <source>ZIP64 archives are not supported</source>
        <translation>ZIP64 アーカイブには対応していません</translation>
    </message>
    <message>
        <source>it holds more than %1 entries</source>
        <translation>%1 個を超える項目が含まれています</translation>
    </message>
    <message>
        <source>its table of contents points outside the file; the archive is damaged</source>
        <translation>目次がファイルの外を指しています。アーカイブが壊れています</translation>
    </message>
    <message>
        <source>its table of contents is cut short; the archive is damaged</source>
        <translation>目次が途中で切れています。アーカイブが壊れています</translation>
    </message>
    <message>
        <source>its table of contents is damaged</source>
        <translation>目次が壊れています</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>暗号化されています</translation>
    </message>
    <message>
        <source>an entry points outside the archive; the archive is damaged</source>
        <translation>項目がアーカイブの外を指しています。アーカイブが壊れています</translation>
    </message>
    <message>
        <source>it would expand to more than 2 GB</source>
        <translation>展開すると 2 GB を超えます</translation>
    </message>
    <message>
        <source>an entry name is marked UTF-8 but is not</source>
        <translation>項目名は UTF-8 とされていますが、そうではありません</translation>
    </message>
    <message>
        <source>an entry expands more than %1 times (a ZIP bomb)</source>
        <translation>展開すると %1 倍を超える大きさになる項目があります (ZIP 爆弾)</translation>
    </message>
    <message>
        <source>the archive holds another archive</source>
        <translation>アーカイブの中に別のアーカイブがあります</translation>
    </message>
    <message>
        <source>the archive could not be read</source>
        <translation>アーカイブを読み取れませんでした</translation>
    </message>
    <message>
        <source>an entry's header is damaged</source>
        <translation>項目のヘッダーが壊れています</translation>
    </message>
    <message>
        <source>an entry is cut short; the archive is damaged</source>
        <translation>項目が途中で切れています。アーカイブが壊れています</translation>
    </message>
    <message>
        <source>an entry is compressed with method %1, which cannot be read</source>
        <translation>読み取れない方式 %1 で圧縮された項目があります</translation>
    </message>
    <message>
        <source>an entry holds more than its declared size</source>
        <translation>書かれたサイズより大きい項目があります</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>展開処理を開始できませんでした</translation>
    </message>
    <message>
        <source>an entry's compressed data ends too early</source>
        <translation>項目の圧縮データが途中で終わっています</translation>
    </message>
    <message>
        <source>an entry's compressed data is damaged</source>
        <translation>項目の圧縮データが壊れています</translation>
    </message>
    <message>
        <source>an entry is shorter than its declared size</source>
        <translation>書かれたサイズより小さい項目があります</translation>
    </message>
    <message>
        <source>an entry's checksum does not match; the archive is damaged</source>
        <translation>項目のチェックサムが一致しません。アーカイブが壊れています</translation>
    </message>
    <message>
        <source>the extracted file could not be written</source>
        <translation>展開したファイルを書き込めませんでした</translation>
    </message>
    <message>
        <source>the archive could not be written: %1</source>
        <translation>アーカイブを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>more than %1 entries need ZIP64, which is not written</source>
        <translation>%1 個を超える項目には ZIP64 が必要ですが、書き出しに対応していません</translation>
    </message>
    <message>
        <source>an entry name is empty or too long</source>
        <translation>項目名が空か、長すぎます</translation>
    </message>
    <message>
        <source>the archive would reach 4 GiB, which needs ZIP64</source>
        <translation>アーカイブが 4 GiB に達するため ZIP64 が必要です</translation>
    </message>
    <message>
        <source>a file could not be read: %1</source>
        <translation>ファイルを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>an entry of 4 GiB or more needs ZIP64, which is not written</source>
        <translation>4 GiB 以上の項目には ZIP64 が必要ですが、書き出しに対応していません</translation>
    </message>
</context>
<context>
    <name>Ids::Imaging::ImageDecoder</name>
    <message>
        <source>the image declares %1 pixels</source>
        <translation>画像の画素数が %1 ピクセルとされています</translation>
    </message>
    <message>
        <source>the decoder returned no pixels</source>
        <translation>デコードしても画素が得られませんでした</translation>
    </message>
    <message>
        <source>the image declares %1 x %2 pixels</source>
        <translation>画像のサイズが %1 × %2 ピクセルとされています</translation>
    </message>
</context>
<context>
    <name>Ids::Imaging::Prepare</name>
    <message>
        <source>the file is too large to convert</source>
        <translation>変換するにはファイルが大きすぎます</translation>
    </message>
    <message>
        <source>the archive changed since it was checked</source>
        <translation>確認したあとでアーカイブが変更されました</translation>
    </message>
    <message>
        <source>the image could not be decoded</source>
        <translation>画像をデコードできませんでした</translation>
    </message>
    <message>
        <source>nothing to prepare</source>
        <translation>準備するものがありません</translation>
    </message>
</context>
<context>
    <name>Ids::Models::DatasetFilesModel</name>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>No caption</source>
        <translation>キャプションなし</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
</context>
<context>
    <name>Ids::Models::DatasetListModel</name>
    <message>
        <source>No cover yet</source>
        <translation>カバーはまだありません</translation>
    </message>
    <message>
        <source>%1
Ideogram no longer lists this dataset; it may have been deleted on the website. It is kept here until you remove it.</source>
        <translation>%1
Ideogram の一覧にこのデータセットはもうありません。Web サイトで削除された可能性があります。削除するまでここに残ります。</translation>
    </message>
    <message>
        <source>%1 (no longer on Ideogram)</source>
        <translation>%1 (Ideogram 上にはもうありません)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Has a cover picture</source>
        <translation>カバー画像あり</translation>
    </message>
    <message>
        <source>The first image added from this computer</source>
        <translation>このコンピューターから最初に追加した画像</translation>
    </message>
    <message>
        <source>No images yet: the first image you add becomes the cover.</source>
        <translation>画像はまだありません。最初に追加した画像がカバーになります。</translation>
    </message>
    <message>
        <source>The cover was added from another computer or the website; Ideogram does not send its picture.</source>
        <translation>カバーは別のコンピューターか Web サイトから追加されたため、Ideogram からその画像は届きません。</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>カバー</translation>
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
        <translation>画像が大きすぎて開けません。このアプリが読み込める以上のピクセル数が指定されています。</translation>
    </message>
</context>
<context>
    <name>Ids::Models::GalleryModel</name>
    <message>
        <source>Seed %1</source>
        <translation>シード %1</translation>
    </message>
</context>
<context>
    <name>Ids::Models::ModelListModel</name>
    <message>
        <source>Creating</source>
        <translation>作成中</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>トレーニング中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Preparing data</source>
        <translation>データを準備中</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>順番待ち</translation>
    </message>
    <message>
        <source>Finalizing</source>
        <translation>仕上げ中</translation>
    </message>
    <message>
        <source>Double-click to open the dataset</source>
        <translation>ダブルクリックでデータセットを開きます</translation>
    </message>
    <message>
        <source>Ideogram sent no status for this model</source>
        <translation>Ideogram からこのモデルのステータスが届いていません</translation>
    </message>
    <message>
        <source>A status this app does not know yet, as Ideogram sent it</source>
        <translation>このアプリがまだ知らないステータスです (Ideogram から届いたまま表示しています)</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (共有)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>使用可</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>まだ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Can generate</source>
        <translation>生成可否</translation>
    </message>
    <message>
        <source>Not trained by this app: it asks Ideogram which version the model is built on.</source>
        <translation>このアプリでトレーニングしたモデルではないため、どのバージョンがベースかを Ideogram に問い合わせます。</translation>
    </message>
    <message>
        <source>Known once the model can make images.</source>
        <translation>モデルが画像を生成できるようになると分かります。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>ファミリー</translation>
    </message>
</context>
<context>
    <name>Ids::Models::ReviewCaptions</name>
    <message>
        <source>Edit caption</source>
        <translation>キャプションを編集</translation>
    </message>
    <message>
        <source>Captions from Ideogram</source>
        <translation>Ideogram のキャプション</translation>
    </message>
    <message numerus="yes">
        <source>Change %n caption(s)</source>
        <translation>
            <numerusform>キャプション %n 件を変更</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Models::Thumbnailer</name>
    <message>
        <source>the image declares %1 x %2 pixels</source>
        <translation>画像のサイズが %1 × %2 ピクセルとされています</translation>
    </message>
    <message>
        <source>the archive changed</source>
        <translation>アーカイブが変更されました</translation>
    </message>
    <message>
        <source>the file is too large for a preview</source>
        <translation>プレビューを作るにはファイルが大きすぎます</translation>
    </message>
    <message>
        <source>the stored thumbnail is damaged</source>
        <translation>保存されたサムネイルが壊れています</translation>
    </message>
</context>
<context>
    <name>Ids::Models::UploadReviewModel</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Processing on Ideogram…</source>
        <translation>Ideogram で処理中…</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>アップロード済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>準備中…</translation>
    </message>
    <message>
        <source>Ready: caption for %1.</source>
        <translation>準備完了: %1 のキャプション。</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>準備完了。</translation>
    </message>
    <message>
        <source>Ready, but: %1</source>
        <translation>準備完了 (注意: %1)</translation>
    </message>
    <message>
        <source>Will not be sent: %1</source>
        <translation>送信しません: %1</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIP アーカイブ</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>HEIF image</source>
        <translation>HEIF 画像</translation>
    </message>
    <message>
        <source>HEIC photo</source>
        <translation>HEIC 写真</translation>
    </message>
    <message>
        <source>%1 image</source>
        <translation>%1 画像</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>読み取れません</translation>
    </message>
    <message>
        <source>%1
Sent as %2</source>
        <translation>%1
%2 として送信</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Check and result</source>
        <translation>確認と結果</translation>
    </message>
    <message>
        <source>No caption</source>
        <translation>キャプションなし</translation>
    </message>
    <message>
        <source>From Ideogram: a draft to check and change.</source>
        <translation>Ideogram から: 確認して手直しする下書きです。</translation>
    </message>
    <message>
        <source>From the caption file next to the image.</source>
        <translation>画像の隣にあるキャプションファイルから。</translation>
    </message>
    <message>
        <source>From the folder's metadata file.</source>
        <translation>フォルダーのメタデータファイルから。</translation>
    </message>
    <message>
        <source>Written here.</source>
        <translation>ここで入力。</translation>
    </message>
    <message>
        <source>This image has no caption yet.</source>
        <translation>この画像にはまだキャプションがありません。</translation>
    </message>
    <message>
        <source>From the caption file next to the image; the folder's metadata file has other words for it.</source>
        <translation>画像の隣にあるキャプションファイルから。フォルダーのメタデータファイルには別の説明があります。</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::AboutDialog</name>
    <message>
        <source>Ideogram Datasets — MIT licence</source>
        <translation>Ideogram Datasets — MIT ライセンス</translation>
    </message>
    <message>
        <source>This app is free software under the MIT licence.</source>
        <translation>このアプリは MIT ライセンスのフリーソフトウェアです。</translation>
    </message>
    <message>
        <source>Qt %1 — GNU LGPL version 3</source>
        <translation>Qt %1 — GNU LGPL バージョン 3</translation>
    </message>
    <message>
        <source>The app uses the Qt libraries under the GNU Lesser General Public License version 3, which adds to the GNU General Public License version 3 (both texts below). Qt's source code is available from the Qt Project (download.qt.io) and from your system's packages; you may replace the Qt libraries the app uses with your own build of them.</source>
        <translation>このアプリは Qt ライブラリを GNU Lesser General Public License バージョン 3 のもとで使用しています。このライセンスは GNU General Public License バージョン 3 に条件を加えたものです (どちらの全文も下にあります)。Qt のソースコードは Qt Project (download.qt.io) やお使いのシステムのパッケージから入手できます。このアプリが使う Qt ライブラリを、ご自身でビルドしたものに置き換えることもできます。</translation>
    </message>
    <message>
        <source>QtKeychain %1 — BSD 2-clause licence</source>
        <translation>QtKeychain %1 — 2 条項 BSD ライセンス</translation>
    </message>
    <message>
        <source>The app keeps your API key in the system keychain through QtKeychain, used under the BSD 2-clause licence.</source>
        <translation>このアプリは QtKeychain を通じて API キーをシステムのキーチェーンに保管します。QtKeychain は 2 条項 BSD ライセンスのもとで使用しています。</translation>
    </message>
    <message>
        <source>About Ideogram Datasets</source>
        <translation>Ideogram Datasets について</translation>
    </message>
    <message>
        <source>Ideogram Datasets %1</source>
        <translation>Ideogram Datasets %1</translation>
    </message>
    <message>
        <source>Create and manage datasets for Ideogram custom models.

This app is not made by Ideogram and is not affiliated with Ideogram. It uses Ideogram's public API with your own API key.</source>
        <translation>Ideogram のカスタムモデル用データセットを作成・管理します。

このアプリは Ideogram が作ったものではなく、Ideogram とは関係ありません。お客様ご自身の API キーで Ideogram の公開 API を利用します。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Qt %1 でビルド、Qt %2 で動作しています。</translation>
    </message>
    <message>
        <source>&amp;Licences:</source>
        <translation>ライセンス(&amp;L):</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>ライセンス本文</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::AccountEditor</name>
    <message>
        <source>Each account is an Ideogram workspace with its own key: everything done in it is billed to that workspace. Paste the key from the workspace's API settings; it is kept in your system keychain, never in a file.</source>
        <translation>アカウントはそれぞれ専用のキーを持つ Ideogram のワークスペースで、そこで行った操作はすべてそのワークスペースに課金されます。ワークスペースの API 設定からキーを貼り付けてください。キーはファイルではなく、システムのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. Acme client</source>
        <translation>例: Acme 社の案件</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>表示(&amp;H)</translation>
    </message>
    <message>
        <source>Show the key as you type it</source>
        <translation>入力中のキーを表示します</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>キーをテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test the key with Ideogram</source>
        <translation>Ideogram でキーをテストします</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API アドレス</translation>
    </message>
    <message>
        <source>Reset the API address to Ideogram's</source>
        <translation>API アドレスを Ideogram のものに戻します</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隠す(&amp;H)</translation>
    </message>
    <message>
        <source>The sandbox needs no key</source>
        <translation>サンドボックスにキーは不要です</translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation>キーチェーンに問い合わせています…</translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation>ここに API キーを貼り付けてください</translation>
    </message>
    <message>
        <source>…%1 (saved)</source>
        <translation>…%1 (保存済み)</translation>
    </message>
    <message>
        <source>The key has not been used with Ideogram yet.</source>
        <translation>このキーはまだ Ideogram で使われていません。</translation>
    </message>
    <message>
        <source>The sandbox runs on this computer; its address is fixed for this run.</source>
        <translation>サンドボックスはこのコンピューター上で動いています。今回の起動中はアドレスが固定です。</translation>
    </message>
    <message>
        <source>Test mode: plain http to this computer. Never use this for Ideogram itself.</source>
        <translation>テストモード: このコンピューターへの通常の http 接続です。Ideogram 本体には絶対に使わないでください。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>This key works.</source>
        <translation>このキーは使えます。</translation>
    </message>
    <message>
        <source>Ideogram rejected this key.</source>
        <translation>Ideogram がこのキーを拒否しました。</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>詳細設定(&amp;V)</translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation>API アドレス(&amp;D):</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>リセット(&amp;E)</translation>
    </message>
    <message>
        <source>Asks Ideogram whether the key works. This is free: nothing is created or billed.</source>
        <translation>キーが使えるかどうかを Ideogram に確認します。無料です。何も作成されず、課金もされません。</translation>
    </message>
    <message>
        <source>…%1 (used until you quit; not saved)</source>
        <translation>…%1 (終了するまで使用。保存されません)</translation>
    </message>
    <message>
        <source>Ideogram last accepted this key on %1.</source>
        <translation>Ideogram がこのキーを最後に受け付けたのは %1 です。</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::AccountSwitcher</name>
    <message>
        <source>&amp;Choose Account…</source>
        <translation>アカウントを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>The account the window shows and everything is billed to</source>
        <translation>ウィンドウに表示中で、すべての操作が課金されるアカウント</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <source>Open the list of accounts in the toolbar</source>
        <translation>ツールバーのアカウント一覧を開きます</translation>
    </message>
    <message>
        <source>Show the account “%1”; what you do is billed to it</source>
        <translation>アカウント「%1」を表示します。操作はこのアカウントに課金されます</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::AccountsDialog</name>
    <message>
        <source>&amp;Add Account</source>
        <translation>アカウントを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Save this account</source>
        <translation>このアカウントを保存します</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (使用中)</translation>
    </message>
    <message>
        <source>A pretend Ideogram on this computer; nothing is billed.</source>
        <translation>このコンピューター上の模擬 Ideogram です。課金はありません。</translation>
    </message>
    <message>
        <source>The sandbox is part of the app and cannot be removed.</source>
        <translation>サンドボックスはアプリの一部なので削除できません。</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>アカウントの削除</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>アカウント「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>Its key is removed from your system keychain. Its datasets and models on Ideogram are not touched. The datasets, models and thumbnails this computer kept for it can stay, or go too.</source>
        <translation>キーはシステムのキーチェーンから削除されます。Ideogram 上のデータセットとモデルはそのまま残ります。このコンピューターに保存したデータセット、モデル、サムネイルは、残すことも一緒に削除することもできます。</translation>
    </message>
    <message>
        <source>Remove, &amp;Keep Local Data</source>
        <translation>削除してローカルデータを残す(&amp;K)</translation>
    </message>
    <message>
        <source>Remove and &amp;Delete Local Data</source>
        <translation>削除してローカルデータも消す(&amp;D)</translation>
    </message>
    <message>
        <source>Key Not Confirmed</source>
        <translation>キーを確認できませんでした</translation>
    </message>
    <message>
        <source>Ideogram did not confirm this key. Save it anyway?</source>
        <translation>Ideogram でこのキーを確認できませんでした。それでも保存しますか?</translation>
    </message>
    <message>
        <source>%1

Until the key works, nothing can be read from or sent to this account. You can test it again later here.</source>
        <translation>%1

キーが使えるようになるまで、このアカウントでは読み込みも送信もできません。あとでここからもう一度テストできます。</translation>
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation>それでも保存(&amp;A)</translation>
    </message>
    <message>
        <source>Keep &amp;Editing</source>
        <translation>編集を続ける(&amp;E)</translation>
    </message>
    <message>
        <source>%1 — practice, nothing is billed</source>
        <translation>%1 — 練習用、課金なし</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::ArrivalQuestion</name>
    <message>
        <source>F&amp;orget it</source>
        <translation>取り消す(&amp;O)</translation>
    </message>
    <message>
        <source>Request not confirmed</source>
        <translation>リクエストが確認できていません</translation>
    </message>
    <message>
        <source>Ask Ideogram again. Nothing is sent twice.</source>
        <translation>Ideogram にもう一度問い合わせます。二重に送信されることはありません。</translation>
    </message>
    <message>
        <source>Check again with Ideogram</source>
        <translation>Ideogram でもう一度確認します</translation>
    </message>
    <message>
        <source>Stop waiting for it. Nothing more is sent to Ideogram.</source>
        <translation>待つのをやめます。Ideogram にはこれ以上何も送信しません。</translation>
    </message>
    <message>
        <source>Forget this request</source>
        <translation>このリクエストを取り消します</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>もう一度確認(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::BulkCaptionDialog</name>
    <message>
        <source>(no caption)</source>
        <translation>(キャプションなし)</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>テキスト(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>検索(&amp;F):</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>置換後(&amp;W):</translation>
    </message>
    <message>
        <source>Pattern (&amp;regular expression)</source>
        <translation>パターン (正規表現)(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>大文字と小文字を区別(&amp;M)</translation>
    </message>
    <message>
        <source>Change Captions</source>
        <translation>キャプションの変更</translation>
    </message>
    <message>
        <source>Add text at the start</source>
        <translation>先頭にテキストを追加</translation>
    </message>
    <message>
        <source>Add text at the end</source>
        <translation>末尾にテキストを追加</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>検索と置換</translation>
    </message>
    <message>
        <source>Set one caption for all</source>
        <translation>すべてに同じキャプションを設定</translation>
    </message>
    <message>
        <source>Clear the captions</source>
        <translation>キャプションを消去</translation>
    </message>
    <message>
        <source>for example: acme shoe,</source>
        <translation>例: acme shoe,</translation>
    </message>
    <message>
        <source>Treat the text to find as a pattern: \d+ finds numbers, (…) captures a part that \1 puts back in the replacement.</source>
        <translation>検索するテキストをパターンとして扱います。\d+ は数字に一致し、(…) で囲んだ部分は置換後のテキストで \1 として使えます。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected images (%n)</source>
        <translation>
            <numerusform>選択した画像 (%n)(&amp;S)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All images (%n)</source>
        <translation>
            <numerusform>すべての画像 (%n)(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Change Captions</source>
        <translation>キャプションを変更(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>変更内容(&amp;C):</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <source>No caption changes.</source>
        <translation>変わるキャプションはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) of %1 will change.</source>
        <translation>
            <numerusform>%1 件中 %n 件のキャプションが変わります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>変更前: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>変更後: %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…ほか %n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::CaptionPanel</name>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>Describe what is in the picture, for example “acme shoe, red, on grass”.</source>
        <translation>画像に写っているものを書いてください (例: 「acme shoe, red, on grass」)。</translation>
    </message>
    <message>
        <source>Select an image to see and write its caption.</source>
        <translation>画像を選ぶと、そのキャプションを表示・入力できます。</translation>
    </message>
    <message>
        <source>Captions belong to images: select an image row.</source>
        <translation>キャプションは画像に付きます。画像の行を選んでください。</translation>
    </message>
    <message>
        <source>No caption yet.</source>
        <translation>キャプションはまだありません。</translation>
    </message>
    <message>
        <source>From the caption file next to the image.</source>
        <translation>画像の隣にあるキャプションファイルから。</translation>
    </message>
    <message>
        <source>From the folder's metadata file.</source>
        <translation>フォルダーのメタデータファイルから。</translation>
    </message>
    <message>
        <source>Too long: captions can be at most %1. Shorten it before you upload.</source>
        <translation>長すぎます。キャプションは最大 %1 です。アップロード前に短くしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) (at most %1)</source>
        <translation>
            <numerusform>%n 文字 (最大 %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Written here.</source>
        <translation>ここで入力。</translation>
    </message>
    <message>
        <source>From Ideogram, structured (4.0): check it.</source>
        <translation>Ideogram から、構造化 (4.0): 確認してください。</translation>
    </message>
    <message>
        <source>From Ideogram: check it.</source>
        <translation>Ideogram から: 確認してください。</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetCreateFlow</name>
    <message>
        <source>Creating “%1”…</source>
        <translation>「%1」を作成しています…</translation>
    </message>
    <message>
        <source>Checking whether “%1” was created…</source>
        <translation>「%1」が作成されたか確認しています…</translation>
    </message>
    <message>
        <source>Created the dataset “%1”.</source>
        <translation>データセット「%1」を作成しました。</translation>
    </message>
    <message>
        <source>Couldn't create the dataset.</source>
        <translation>データセットを作成できませんでした。</translation>
    </message>
    <message>
        <source>Couldn't create the dataset “%1”.</source>
        <translation>データセット「%1」を作成できませんでした。</translation>
    </message>
    <message>
        <source>We couldn't confirm that the dataset “%1” was created. Ideogram may have created it.</source>
        <translation>データセット「%1」が作成されたか確認できませんでした。Ideogram 側では作成されている可能性があります。</translation>
    </message>
    <message>
        <source>Creating it again may leave two datasets of this name; Ideogram cannot delete one.</source>
        <translation>もう一度作成すると、同じ名前のデータセットが 2 つできるかもしれません。Ideogram ではデータセットを削除できません。</translation>
    </message>
    <message>
        <source>Create an&amp;yway</source>
        <translation>それでも作成(&amp;Y)</translation>
    </message>
    <message>
        <source>Send the create again. If the first one did arrive, you will have two datasets of this name.</source>
        <translation>作成をもう一度送信します。最初の作成が届いていた場合、同じ名前のデータセットが 2 つになります。</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetDetailPane</name>
    <message>
        <source>&amp;Add Images…</source>
        <translation>画像を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Dataset details</source>
        <translation>データセットの詳細</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>画像:</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Files in the dataset</source>
        <translation>データセット内のファイル</translation>
    </message>
    <message>
        <source>Choose images, captions or ZIP files to add to this dataset (Ctrl+I)</source>
        <translation>このデータセットに追加する画像、キャプション、ZIP ファイルを選びます (Ctrl+I)</translation>
    </message>
    <message>
        <source>Train a custom model on this dataset's images (Ctrl+T)</source>
        <translation>このデータセットの画像でカスタムモデルをトレーニングします (Ctrl+T)</translation>
    </message>
    <message>
        <source>Drop images, caption files (.txt), folders or ZIP files here to add them.</source>
        <translation>画像、キャプションファイル (.txt)、フォルダー、ZIP ファイルをここにドロップすると追加できます。</translation>
    </message>
    <message>
        <source>Open a dataset to see its images, captions and models: double-click it, or select it and press Enter. Drop images on a dataset to add them.</source>
        <translation>データセットを開くと、画像、キャプション、モデルが表示されます。ダブルクリックするか、選んで Enter キーを押してください。データセットに画像をドロップすると追加できます。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Loading the dataset from Ideogram…</source>
        <translation>Ideogram からデータセットを読み込んでいます…</translation>
    </message>
    <message>
        <source>None trained from this dataset yet</source>
        <translation>このデータセットからトレーニングしたモデルはまだありません</translation>
    </message>
    <message>
        <source>Showing the copy saved on this computer; loading the latest…</source>
        <translation>このコンピューターに保存したコピーを表示しています。最新の情報を読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not load the latest details. %1</source>
        <translation>最新の詳細を読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>Tra&amp;in Model…</source>
        <translation>モデルをトレーニング(&amp;I)…</translation>
    </message>
    <message>
        <source>Add Folde&amp;r…</source>
        <translation>フォルダーを追加(&amp;R)…</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID をコピー</translation>
    </message>
    <message>
        <source>Copy the dataset's ID</source>
        <translation>データセットの ID をコピーします</translation>
    </message>
    <message>
        <source>Choose a folder: its images and captions go into this dataset (Ctrl+Shift+I)</source>
        <translation>フォルダーを選ぶと、その中の画像とキャプションをこのデータセットに追加します (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Copy this dataset's ID (%1), for scripts or Ideogram's support</source>
        <translation>このデータセットの ID (%1) をコピーします。スクリプトや Ideogram のサポートへの問い合わせに使えます</translation>
    </message>
    <message numerus="yes">
        <source>A dataset holds at most %n image(s).</source>
        <translation>
            <numerusform>データセットに入れられる画像は最大 %n 枚です。</numerusform>
        </translation>
    </message>
    <message>
        <source>No images yet</source>
        <translation>画像はまだありません</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>画像 %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>all with captions</source>
        <translation>すべてキャプションあり</translation>
    </message>
    <message numerus="yes">
        <source>%n without caption</source>
        <translation>
            <numerusform>キャプションなし %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near-duplicate(s)</source>
        <translation>
            <numerusform>ほぼ同じ画像 %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>smallest %1 px</source>
        <translation>最小 %1 px</translation>
    </message>
    <message>
        <source>A caption tells the model what the picture shows; images without one teach it less.</source>
        <translation>キャプションは、画像に何が写っているかをモデルに伝えます。キャプションのない画像からは、モデルはあまり学習できません。</translation>
    </message>
    <message>
        <source>Near-duplicates look almost the same as another image here; varied images teach more.</source>
        <translation>ほぼ同じ画像とは、ここにある別の画像とほとんど同じに見える画像のことです。変化に富んだ画像のほうが、モデルは多くを学習できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) under %1 pixels on the short side: too small to teach a model much.</source>
        <translation>
            <numerusform>短辺が %1 ピクセル未満の画像が %n 枚あります。小さすぎて、モデルはあまり学習できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sizes and look-alikes are known for the images added from this computer. Click a part to select its images.</source>
        <translation>サイズと似た画像が分かるのは、このコンピューターから追加した画像だけです。項目をクリックすると、該当する画像を選択します。</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetExportFlow</name>
    <message numerus="yes">
        <source>…and %n more (see Show Details)</source>
        <translation>
            <numerusform>…ほか %n 件 (「詳細を表示」を参照)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a dataset in the list first, then export it.</source>
        <translation>先に一覧でデータセットを選んでから書き出してください。</translation>
    </message>
    <message>
        <source>Open the dataset first: its list of files has not been read from Ideogram yet.</source>
        <translation>先にデータセットを開いてください。ファイルの一覧がまだ Ideogram から読み込まれていません。</translation>
    </message>
    <message>
        <source>There is nothing to export: this computer has no copy of any image of this dataset. Ideogram cannot send images back, so only images uploaded from this computer can be exported.</source>
        <translation>書き出すものがありません。このコンピューターにはこのデータセットの画像のコピーがありません。Ideogram は画像を返せないため、書き出せるのはこのコンピューターからアップロードした画像だけです。</translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation>データセットを書き出す</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP アーカイブ (*.zip)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き込み中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export cancelled; no ZIP was written.</source>
        <translation>書き出しを取り消しました。ZIP は作成されていません。</translation>
    </message>
    <message numerus="yes">
        <source>The ZIP holds %n image(s) with their captions and a metadata.jsonl.</source>
        <translation>
            <numerusform>ZIP には %n 枚の画像とそのキャプション、metadata.jsonl が入っています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are not in it: this computer has no copy of them (they were uploaded from elsewhere), and Ideogram cannot send images back:</source>
        <translation>
            <numerusform>次の %n 個のファイルは入っていません。このコンピューターにコピーがなく (別の場所からアップロードされたもの)、Ideogram は画像を返せません:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded from here were moved, renamed or deleted since, so they are not in it:</source>
        <translation>
            <numerusform>ここからアップロードした次の %n 個のファイルはその後移動・名前変更・削除されたため、入っていません:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) are only in metadata.jsonl: another image has the same name before its extension, and its caption file took that name:</source>
        <translation>
            <numerusform>次の %n 件のキャプションは metadata.jsonl にだけあります。拡張子の前が同じ名前の別の画像があり、そのキャプションファイルがその名前を使っています:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetFlow</name>
    <message>
        <source>Reading your datasets from Ideogram…</source>
        <translation>Ideogram からデータセットを読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>Up to date: %n dataset(s).</source>
        <translation>
            <numerusform>最新の状態です: データセット %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An upload cut short last time was checked with Ideogram: %n file(s) are in place.</source>
        <translation>
            <numerusform>前回中断したアップロードを Ideogram で確認しました: %n 個のファイルが届いています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload continues for the account “%1”. You will be told when it is done.</source>
        <translation>アカウント「%1」のアップロードを続けています。完了したらお知らせします。</translation>
    </message>
    <message>
        <source>The upload for the account “%1” is done: %2 uploaded, %3 failed.</source>
        <translation>アカウント「%1」のアップロードが完了しました: %2 件成功、%3 件失敗。</translation>
    </message>
    <message>
        <source>Finish or close the current upload first.</source>
        <translation>先に、進行中のアップロードを終えるか閉じてください。</translation>
    </message>
    <message>
        <source>Copied the dataset's ID.</source>
        <translation>データセットの ID をコピーしました。</translation>
    </message>
    <message>
        <source>Couldn't read your datasets.</source>
        <translation>データセットを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Create a dataset first: type its name above and press Enter.</source>
        <translation>先にデータセットを作成してください。上に名前を入力して Enter キーを押します。</translation>
    </message>
    <message>
        <source>Choose a dataset in the list first: images go into one dataset.</source>
        <translation>先に一覧からデータセットを選んでください。画像は 1 つのデータセットに追加されます。</translation>
    </message>
    <message>
        <source>There is no dataset to open yet: type a name above and press Enter.</source>
        <translation>開けるデータセットはまだありません。上に名前を入力して Enter キーを押してください。</translation>
    </message>
    <message>
        <source>Choose a dataset in the list first, then open it (Enter).</source>
        <translation>先に一覧からデータセットを選んでから、開いてください (Enter)。</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetForm</name>
    <message>
        <source>New dataset &amp;name:</source>
        <translation>新しいデータセットの名前(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. Summer shoes</source>
        <translation>例: 夏のシューズ</translation>
    </message>
    <message>
        <source>New dataset name</source>
        <translation>新しいデータセットの名前</translation>
    </message>
    <message>
        <source>&amp;Create dataset</source>
        <translation>データセットを作成(&amp;C)</translation>
    </message>
    <message>
        <source>Create dataset</source>
        <translation>データセットを作成</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>名前の問題</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Open &amp;It</source>
        <translation>開く(&amp;I)</translation>
    </message>
    <message>
        <source>Create Anothe&amp;r</source>
        <translation>もう 1 つ作成(&amp;R)</translation>
    </message>
    <message>
        <source>Ideogram keeps both; it cannot delete a dataset later.</source>
        <translation>Ideogram には両方が残ります。あとからデータセットを削除することはできません。</translation>
    </message>
    <message>
        <source>You already have a dataset named “%1”. Open it, or create another one with the same name?</source>
        <translation>「%1」という名前のデータセットはすでにあります。そのデータセットを開きますか? それとも、同じ名前でもう 1 つ作成しますか?</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetListPane</name>
    <message>
        <source>Search datasets</source>
        <translation>データセットを検索</translation>
    </message>
    <message>
        <source>Shows only datasets whose name or ID contains every word typed</source>
        <translation>入力したすべての語を名前または ID に含むデータセットだけを表示します</translation>
    </message>
    <message>
        <source>No datasets yet. Type a name above and press Enter to create one.</source>
        <translation>データセットはまだありません。上に名前を入力して Enter キーを押すと作成できます。</translation>
    </message>
    <message>
        <source>No dataset matches “%1”.</source>
        <translation>「%1」に一致するデータセットはありません。</translation>
    </message>
    <message>
        <source>Try A&amp;gain</source>
        <translation>再試行(&amp;G)</translation>
    </message>
    <message>
        <source>Read your datasets from Ideogram again</source>
        <translation>Ideogram からデータセットをもう一度読み込みます</translation>
    </message>
    <message>
        <source>Reading your datasets from Ideogram…</source>
        <translation>Ideogram からデータセットを読み込んでいます…</translation>
    </message>
    <message>
        <source>Can't reach Ideogram; your datasets will show when you're back online.</source>
        <translation>Ideogram に接続できません。オンラインに戻るとデータセットが表示されます。</translation>
    </message>
    <message>
        <source>Your datasets could not be read from Ideogram. %1</source>
        <translation>Ideogram からデータセットを読み込めませんでした。%1</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DatasetView</name>
    <message>
        <source>&amp;Open Dataset</source>
        <translation>データセットを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Show the dataset's files and models</source>
        <translation>データセットのファイルとモデルを表示します</translation>
    </message>
    <message>
        <source>&amp;Copy ID</source>
        <translation>ID をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected dataset's ID, for scripts or Ideogram's support</source>
        <translation>選択したデータセットの ID をコピーします。スクリプトや Ideogram のサポートへの問い合わせに使えます</translation>
    </message>
    <message>
        <source>&amp;Export Dataset…</source>
        <translation>データセットを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Save this computer's copies of the dataset's images with their captions as a ZIP</source>
        <translation>このコンピューターにあるデータセットの画像のコピーを、キャプションと一緒に ZIP として保存します</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DescribeDialog</name>
    <message>
        <source>Write &amp;structured Ideogram 4.0 captions (.json files) instead of plain text</source>
        <translation>プレーンテキストではなく Ideogram 4.0 の構造化キャプション (.json ファイル) を書く(&amp;S)</translation>
    </message>
    <message>
        <source>Caption with Ideogram</source>
        <translation>Ideogram でキャプションを付ける</translation>
    </message>
    <message numerus="yes">
        <source>Ideogram looks at each image and writes a caption for it. The captions arrive as drafts marked “from Ideogram”: read and change them before you upload.

Images: %n.</source>
        <translation>
            <numerusform>Ideogram が画像を 1 枚ずつ見て、キャプションを書きます。キャプションは「Ideogram から」の印が付いた下書きとして届きます。アップロード前に読んで手直ししてください。

画像: %n 枚。</numerusform>
        </translation>
    </message>
    <message>
        <source>A structured caption lists the picture's parts, background and tags. Plain text is what most trainings expect.</source>
        <translation>構造化キャプションには、画像の構成要素、背景、タグが並びます。ほとんどのトレーニングではプレーンテキストが前提です。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Caption %n Image(s)</source>
        <translation>
            <numerusform>画像 %n 枚にキャプションを付ける(&amp;C)</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking Ideogram for the price…</source>
        <translation>Ideogram に料金を問い合わせています…</translation>
    </message>
    <message>
        <source> (an estimate)</source>
        <translation> (概算)</translation>
    </message>
    <message numerus="yes">
        <source>Ideogram's price: %1 per image, %2 for %n image(s)%3. Billed to the account “%4”.</source>
        <translation>
            <numerusform>Ideogram の料金: 画像 1 枚あたり %1、%n 枚で %2%3。アカウント「%4」に課金されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ideogram gave no price for this. Describe is billed per image (%n image(s) here), to the account “%1”.</source>
        <translation>
            <numerusform>Ideogram から料金が示されませんでした。説明は画像 1 枚ごとに (ここでは %n 枚)、アカウント「%1」に課金されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ideogram's price: %1 per image, %2 for %n image(s)%3. Nothing is billed in the sandbox.</source>
        <translation>
            <numerusform>Ideogram の料金: 画像 1 枚あたり %1、%n 枚で %2%3。サンドボックスでは課金されません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideogram gave no price for this. Nothing is billed in the sandbox.</source>
        <translation>Ideogram はこの価格を示しませんでした。サンドボックスでは課金されません。</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::ErrorBanner</name>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>エラーの詳細を表示します</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>エラーを閉じます</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Open Account&amp;s…</source>
        <translation>アカウントを開く(&amp;S)…</translation>
    </message>
    <message>
        <source>Open Accounts to change the API key</source>
        <translation>アカウントを開いて API キーを変更します</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Enter Proxy Password…</source>
        <translation>プロキシのパスワードを入力…</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::FileChooser</name>
    <message>
        <source>Add Images</source>
        <translation>画像を追加</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Images, captions and ZIP files (*.jpg *.jpeg *.jfif *.jpe *.png *.webp *.heic *.heif *.avif *.txt *.json *.zip)</source>
        <translation>画像、キャプション、ZIP ファイル (*.jpg *.jpeg *.jfif *.jpe *.png *.webp *.heic *.heif *.avif *.txt *.json *.zip)</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>フォルダーを追加</translation>
    </message>
    <message>
        <source>&amp;Add Folder</source>
        <translation>フォルダーを追加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::GalleryPane</name>
    <message>
        <source>This Model</source>
        <translation>このモデル</translation>
    </message>
    <message>
        <source>The images made with the model chosen in the list</source>
        <translation>一覧で選んだモデルで生成した画像</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Every image made with this account, across models, newest first</source>
        <translation>このアカウントで生成したすべての画像 (全モデル、新しい順)</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>サムネイルのサイズ</translation>
    </message>
    <message>
        <source>Generated images</source>
        <translation>生成された画像</translation>
    </message>
    <message>
        <source>Reading the images on this computer…</source>
        <translation>このコンピューター上の画像を読み込んでいます…</translation>
    </message>
    <message>
        <source>No images made with this account yet. Choose a finished model, describe an image and press Generate.</source>
        <translation>このアカウントで生成した画像はまだありません。トレーニングが完了したモデルを選び、画像を説明して「生成」を押してください。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Use These Settings Again</source>
        <translation>この設定をもう一度使う(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remix This Image</source>
        <translation>この画像をリミックス(&amp;R)</translation>
    </message>
    <message>
        <source>Copy &amp;Prompt</source>
        <translation>プロンプトをコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>フォルダーで表示(&amp;F)</translation>
    </message>
    <message>
        <source>No images made with this model yet. Describe one beside this and press Generate.</source>
        <translation>このモデルで作った画像はまだありません。隣の欄に画像の説明を書いて「生成」を押してください。</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::GenerateFlow</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Ideogram is making images…</source>
        <translation>Ideogram が画像を生成しています…</translation>
    </message>
    <message>
        <source>No price this time (%1) You can still generate.</source>
        <translation>今回は料金を表示できませんが、生成はできます。(理由: %1)</translation>
    </message>
    <message>
        <source>Asking Ideogram whether this model is built on Ideogram 4.0 or 3.0. Until then only the settings both share are offered.</source>
        <translation>このモデルのベースが Ideogram 4.0 か 3.0 かを Ideogram に問い合わせています。それまでは、両方に共通する設定だけを表示します。</translation>
    </message>
    <message>
        <source>Ideogram did not say yet whether this model is built on Ideogram 4.0 or 3.0; the app asks again in a while. Generate asks once more before sending.</source>
        <translation>このモデルのベースが Ideogram 4.0 か 3.0 か、Ideogram からまだ返答がありません。アプリがしばらくしてからもう一度問い合わせます。「生成」を押したときも、送信前にもう一度問い合わせます。</translation>
    </message>
    <message>
        <source>The price shows once the app knows which Ideogram version this model is built on.</source>
        <translation>このモデルのベースになっている Ideogram のバージョンが分かると、料金が表示されます。</translation>
    </message>
    <message>
        <source>Describe the image to see what it costs.</source>
        <translation>画像を説明すると、料金が表示されます。</translation>
    </message>
    <message>
        <source>Asking Ideogram which version “%1” is built on, then making the images…</source>
        <translation>「%1」のベースのバージョンを Ideogram に問い合わせてから、画像を生成します…</translation>
    </message>
    <message numerus="yes">
        <source>Ideogram is making %n image(s)…</source>
        <translation>
            <numerusform>Ideogram が画像を %n 枚生成しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: Ideogram did not say which version this model is built on (%1) Try again in a moment.</source>
        <translation>何も送信していません。このモデルのベースのバージョンが Ideogram から返ってきませんでした。少し待ってから、もう一度お試しください。(理由: %1)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n image(s).</source>
        <translation>
            <numerusform>画像を %n 枚保存しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) withheld by Ideogram's safety check.</source>
        <translation>
            <numerusform>%n 枚の画像は Ideogram の安全チェックにより表示されませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideogram returned no images.</source>
        <translation>Ideogram から画像が返ってきませんでした。</translation>
    </message>
    <message>
        <source>Remixing works with Ideogram 3.0 models: choose one in the list first.</source>
        <translation>リミックスは Ideogram 3.0 のモデルで使えます。先に一覧から Ideogram 3.0 のモデルを選んでください。</translation>
    </message>
    <message>
        <source>Choose an Image to Remix</source>
        <translation>リミックスする画像の選択</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.webp);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Nothing was sent: another model was chosen while Ideogram was asked which version the first one is built on.</source>
        <translation>何も送信されていません。最初のモデルがどのバージョンをもとにしているかを Ideogram に問い合わせている間に、別のモデルが選ばれました。</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::GeneratePanel</name>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Optional: what to leave out</source>
        <translation>任意: 入れたくないもの</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>ネガティブプロンプト</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>縦横比</translation>
    </message>
    <message>
        <source>Number of images</source>
        <translation>画像の枚数</translation>
    </message>
    <message>
        <source>Rendering speed</source>
        <translation>生成速度</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Stop waiting for these images. Ideogram may still bill what it already made.</source>
        <translation>これらの画像を待つのをやめます。Ideogram はすでに生成した分を課金することがあります。</translation>
    </message>
    <message>
        <source>Show this model's images in the file manager</source>
        <translation>このモデルの画像をファイルマネージャーで表示します</translation>
    </message>
    <message>
        <source>&amp;Aspect:</source>
        <translation>縦横比(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>枚数(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>シード(&amp;S):</translation>
    </message>
    <message>
        <source>Generate with this model</source>
        <translation>このモデルで生成します</translation>
    </message>
    <message>
        <source>Ideogram has not made this model available for generation yet.</source>
        <translation>Ideogram はまだこのモデルを生成に使えるようにしていません。</translation>
    </message>
    <message>
        <source>This model can make images once its training is completed.</source>
        <translation>このモデルは、トレーニングが完了すると画像を生成できます。</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>フォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>プロンプト(&amp;R):</translation>
    </message>
    <message>
        <source>Leave o&amp;ut:</source>
        <translation>除外(&amp;U):</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>速度(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Choose Image…</source>
        <translation>画像を選択(&amp;C)…</translation>
    </message>
    <message>
        <source>No Image</source>
        <translation>画像なし</translation>
    </message>
    <message>
        <source>Describe the image, e.g. “a red sneaker on a white table”. Ctrl+Enter makes it.</source>
        <translation>画像を説明してください (例: 「白いテーブルの上の赤いスニーカー」)。Ctrl+Enter で生成します。</translation>
    </message>
    <message>
        <source>Automatic (from the prompt)</source>
        <translation>自動 (プロンプトから)</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>正方形</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>縦長</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横長</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形</translation>
    </message>
    <message>
        <source>Size in pixels</source>
        <translation>ピクセル単位のサイズ</translation>
    </message>
    <message>
        <source>Turbo — fastest and cheapest, less detail</source>
        <translation>ターボ — 最も速く安価、細部は控えめ</translation>
    </message>
    <message>
        <source>Default — balances speed, detail and price</source>
        <translation>標準 — 速度、細部、料金のバランス型</translation>
    </message>
    <message>
        <source>Quality — slowest and dearest, most detail</source>
        <translation>高品質 — 最も遅く高価、細部が最も豊か</translation>
    </message>
    <message>
        <source>Automatic — Ideogram picks one this model supports</source>
        <translation>自動 — このモデルが対応するものから Ideogram が選びます</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Yes — Ideogram adds detail to the prompt</source>
        <translation>はい — Ideogram がプロンプトに細部を書き足します</translation>
    </message>
    <message>
        <source>No — use the prompt as written</source>
        <translation>いいえ — 書いたとおりのプロンプトを使います</translation>
    </message>
    <message>
        <source>Let Ideogram improve the prompt</source>
        <translation>Ideogram にプロンプトを改善させる</translation>
    </message>
    <message>
        <source>The same seed, prompt and settings make the same image again</source>
        <translation>シード、プロンプト、設定が同じなら、同じ画像をもう一度生成できます</translation>
    </message>
    <message>
        <source>Start from an image on this computer (or use Remix in the gallery)</source>
        <translation>このコンピューター上の画像から始めます (ギャラリーの「リミックス」も使えます)</translation>
    </message>
    <message>
        <source>Image weight</source>
        <translation>画像の重み</translation>
    </message>
    <message>
        <source>Higher keeps more of the image; lower lets the prompt change more</source>
        <translation>高いほど元の画像が多く残り、低いほどプロンプトによって大きく変わります</translation>
    </message>
    <message>
        <source>Make the images (Ctrl+Enter in the prompt)</source>
        <translation>画像を生成します (プロンプトで Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>サイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>Impr&amp;ove prompt:</source>
        <translation>プロンプト改善(&amp;O):</translation>
    </message>
    <message>
        <source>Remi&amp;x image:</source>
        <translation>リミックス画像(&amp;X):</translation>
    </message>
    <message>
        <source>Image weight:</source>
        <translation>画像の重み:</translation>
    </message>
    <message>
        <source>Stac&amp;k:</source>
        <translation>スタック(&amp;K):</translation>
    </message>
    <message>
        <source>Chosen from the prompt</source>
        <translation>プロンプトから自動で決定</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>画像 %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>最大 %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>約 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Asking Ideogram for the price…</source>
        <translation>Ideogram に料金を問い合わせています…</translation>
    </message>
    <message>
        <source>Billed to %1.</source>
        <translation>課金先: %1。</translation>
    </message>
    <message>
        <source>None: a new picture</source>
        <translation>なし: 新しい画像</translation>
    </message>
    <message>
        <source>nothing is billed in the sandbox.</source>
        <translation>サンドボックスでは課金されません。</translation>
    </message>
    <message>
        <source>Nothing is billed in the sandbox.</source>
        <translation>サンドボックスでは課金されません。</translation>
    </message>
    <message>
        <source>billed to %1.</source>
        <translation>課金先: %1。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::GettingStartedDialog</name>
    <message>
        <source>Get an API key</source>
        <translation>API キーを取得</translation>
    </message>
    <message>
        <source>The app works with your Ideogram account through an API key. %1 opens Ideogram's API dashboard: choose Manage ▸ API Keys there, create a key and copy it (Ideogram shows it only once). Then paste it in File ▸ Accounts… and press Test key. Using the API is billed to your Ideogram account. No key yet? %2: a pretend Ideogram on this computer, where nothing is billed.</source>
        <translation>このアプリは API キーを使って Ideogram アカウントと連携します。%1 から Ideogram の API ダッシュボードを開き、Manage ▸ API Keys を選んで、キーを作成してコピーしてください (キーが表示されるのは 1 回だけです)。次に、ファイル ▸ アカウント… にキーを貼り付けて「キーをテスト」を押します。API の利用は Ideogram アカウントに課金されます。キーをまだお持ちでない場合は、%2 をどうぞ。このコンピューター上の模擬 Ideogram で、課金はありません。</translation>
    </message>
    <message>
        <source>Get an API Key…</source>
        <translation>API キーを取得…</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>サンドボックスを試す</translation>
    </message>
    <message>
        <source>The Accounts window with the API key field</source>
        <translation>API キーの入力欄があるアカウントウィンドウ</translation>
    </message>
    <message>
        <source>Create a dataset</source>
        <translation>データセットを作成</translation>
    </message>
    <message>
        <source>A dataset is the set of pictures a model learns from. Type a name, for example “Summer shoes”, and press Enter. The dataset opens at once, ready for images.</source>
        <translation>データセットは、モデルが学習する画像の集まりです。名前 (例: 「夏のシューズ」) を入力して Enter キーを押してください。データセットがすぐに開き、画像を追加できる状態になります。</translation>
    </message>
    <message>
        <source>A new dataset, opened, with its Add Images button</source>
        <translation>開いた新しいデータセットと「画像を追加」ボタン</translation>
    </message>
    <message>
        <source>Add images and captions</source>
        <translation>画像とキャプションを追加</translation>
    </message>
    <message>
        <source>Press Add Images… or Add Folder…, or drop files on the dataset. A caption is a text file with the same name as its image (shoe-01.jpg and shoe-01.txt) that says what the picture shows. The review lists every file and what happens to it before anything is sent; then press Upload.</source>
        <translation>「画像を追加…」か「フォルダーを追加…」を押すか、データセットにファイルをドロップします。キャプションは、画像と同じ名前のテキストファイル (shoe-01.jpg に対する shoe-01.txt) で、画像に何が写っているかを書いたものです。送信前の確認画面に、すべてのファイルとその扱いが一覧表示されます。確認したら「アップロード」を押してください。</translation>
    </message>
    <message>
        <source>The review of the files before they are sent</source>
        <translation>送信前のファイルの確認画面</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>モデルをトレーニング</translation>
    </message>
    <message>
        <source>When the dataset holds at least 15 images, press Train Model…, name the model and confirm. The training is billed to your Ideogram account and takes a while; the Models page follows it and the app tells you when it is done.</source>
        <translation>データセットの画像が 15 枚以上になったら、「モデルをトレーニング…」を押し、モデルに名前を付けて確定します。トレーニングは Ideogram アカウントに課金され、時間がかかります。進み具合は「モデル」ページで確認でき、完了したらアプリがお知らせします。</translation>
    </message>
    <message>
        <source>A training followed on the Models page</source>
        <translation>「モデル」ページで進み具合を確認しているトレーニング</translation>
    </message>
    <message>
        <source>Make images</source>
        <translation>画像を生成</translation>
    </message>
    <message>
        <source>On the Models page, choose your model, describe the picture you want and press Generate. The images are saved in your Pictures folder, under Ideogram Datasets, with the prompt beside each.</source>
        <translation>「モデル」ページでモデルを選び、ほしい画像を説明して「生成」を押します。画像は「ピクチャ」フォルダー内の Ideogram Datasets に、それぞれのプロンプトと一緒に保存されます。</translation>
    </message>
    <message>
        <source>Images made with a model of your own</source>
        <translation>自分のモデルで生成した画像</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>From a folder of photos to pictures made with a model of your own, in five steps.</source>
        <translation>写真の入ったフォルダーから、自分のモデルで画像を生成するまでを 5 つのステップで紹介します。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Why captions and 15 or more varied images matter</source>
        <translation>キャプションと、変化に富んだ 15 枚以上の画像が大切な理由</translation>
    </message>
    <message>
        <source>A model learns a style from what your pictures have in common, and learns the words for it from their captions: with captions, the words of your prompt later bring out what you taught it. Ideogram asks for at least 15 images. Vary the subjects, angles and light, so that the model learns the style rather than one photo; near-duplicates and very small images (under 512 pixels) teach it little. The dataset's health line shows all of this at a glance.</source>
        <translation>モデルは、画像に共通するものからスタイルを学び、キャプションからそのスタイルを表す言葉を学びます。キャプションがあれば、あとでプロンプトに書いた言葉で、教えた内容を引き出せます。Ideogram では 15 枚以上の画像が必要です。モデルが 1 枚の写真ではなくスタイルを学べるように、被写体、アングル、光の具合に変化をつけてください。ほぼ同じ画像や、とても小さい画像 (512 ピクセル未満) からは、モデルはあまり学習できません。データセットの状態を示す行で、これらをひと目で確認できます。</translation>
    </message>
    <message>
        <source>Get an API &amp;Key…</source>
        <translation>API キーを取得(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::ImageViewer</name>
    <message>
        <source>Turbo</source>
        <translation>ターボ</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>高品質</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Copy &amp;Image</source>
        <translation>画像をコピー(&amp;I)</translation>
    </message>
    <message>
        <source>Copy &amp;Prompt</source>
        <translation>プロンプトをコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>フォルダーで表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Use These Settings Again</source>
        <translation>この設定をもう一度使う(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remix This Image</source>
        <translation>この画像をリミックス(&amp;R)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Generated image</source>
        <translation>生成された画像</translation>
    </message>
    <message>
        <source>Fill the generate panel with this image's prompt, seed and settings</source>
        <translation>この画像のプロンプト、シード、設定を生成パネルに入力します</translation>
    </message>
    <message>
        <source>Start a remix from this image (Ideogram 3.0 models)</source>
        <translation>この画像からリミックスを始めます (Ideogram 3.0 のモデル)</translation>
    </message>
    <message>
        <source>Model: %1 (%2)</source>
        <translation>モデル: %1 (%2)</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>モデル: %1</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>シード: %1</translation>
    </message>
    <message>
        <source>Size: %1 pixels</source>
        <translation>サイズ: %1 ピクセル</translation>
    </message>
    <message>
        <source>Aspect ratio: %1</source>
        <translation>縦横比: %1</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>速度: %1</translation>
    </message>
    <message>
        <source>Improve prompt: %1</source>
        <translation>プロンプト改善: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>除外: %1</translation>
    </message>
    <message>
        <source>Stacked: %1, weight %2</source>
        <translation>スタック: %1、重み %2</translation>
    </message>
    <message>
        <source>Remix of %1, image weight %2</source>
        <translation>%1 のリミックス、画像の重み %2</translation>
    </message>
    <message>
        <source>Ideogram's version of the prompt: %1</source>
        <translation>Ideogram が手を加えたプロンプト: %1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>生成日時: %1</translation>
    </message>
    <message>
        <source>(No prompt was saved with this image.)</source>
        <translation>(この画像にはプロンプトが保存されていません。)</translation>
    </message>
    <message>
        <source>%1 of %2 — ← and → for the others</source>
        <translation>%2 枚中 %1 枚目 — ← と → でほかの画像を表示</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::MainWindow</name>
    <message>
        <source>Ideogram Datasets</source>
        <translation>Ideogram Datasets</translation>
    </message>
    <message>
        <source>&amp;Datasets</source>
        <translation>データセット(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;witch Account</source>
        <translation>アカウントを切り替え(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Dataset</source>
        <translation>データセット(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>&amp;Train Model…</source>
        <translation>モデルをトレーニング(&amp;T)…</translation>
    </message>
    <message>
        <source>Train a custom model from the open dataset</source>
        <translation>開いているデータセットからカスタムモデルをトレーニングします</translation>
    </message>
    <message>
        <source>&amp;New Dataset</source>
        <translation>新しいデータセット(&amp;N)</translation>
    </message>
    <message>
        <source>Type the name of a new dataset</source>
        <translation>新しいデータセットの名前を入力します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find Datasets…</source>
        <translation>データセットを検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the dataset list</source>
        <translation>データセット一覧を検索します</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>アカウント(&amp;A)…</translation>
    </message>
    <message>
        <source>Add, rename or remove accounts; their keys and addresses</source>
        <translation>アカウントの追加、名前の変更、削除と、そのキーやアドレスの設定</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the datasets of this account from Ideogram again</source>
        <translation>このアカウントのデータセットを Ideogram からもう一度読み込みます</translation>
    </message>
    <message>
        <source>&amp;Open Dataset</source>
        <translation>データセットを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show the selected dataset's files and models</source>
        <translation>選択したデータセットのファイルとモデルを表示します</translation>
    </message>
    <message>
        <source>&amp;Add Images…</source>
        <translation>画像を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Choose images, captions or ZIP files to add to the open dataset</source>
        <translation>開いているデータセットに追加する画像、キャプション、ZIP ファイルを選びます</translation>
    </message>
    <message>
        <source>&amp;About Ideogram Datasets</source>
        <translation>Ideogram Datasets について(&amp;A)</translation>
    </message>
    <message>
        <source>%1 — Ideogram Datasets</source>
        <translation>%1 — Ideogram Datasets</translation>
    </message>
    <message>
        <source>Sandbox: nothing is billed</source>
        <translation>サンドボックス: 課金はありません</translation>
    </message>
    <message>
        <source>Billed to %1</source>
        <translation>課金先: %1</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>アプリを閉じます</translation>
    </message>
    <message>
        <source>Version and origin of this app</source>
        <translation>このアプリのバージョンと提供元</translation>
    </message>
    <message>
        <source>Datasets and models</source>
        <translation>データセットとモデル</translation>
    </message>
    <message>
        <source>Datase&amp;ts</source>
        <translation>データセット(&amp;T)</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>フォルダーを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose a folder whose images and captions go into the open dataset</source>
        <translation>フォルダーを選び、その中の画像とキャプションを開いているデータセットに追加します</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>はじめに(&amp;G)</translation>
    </message>
    <message>
        <source>The five steps from a folder of photos to images made with your own model</source>
        <translation>写真の入ったフォルダーから、自分のモデルで画像を生成するまでの 5 つのステップ</translation>
    </message>
    <message>
        <source>Get an API &amp;Key…</source>
        <translation>API キーを取得(&amp;K)…</translation>
    </message>
    <message>
        <source>Open Ideogram's API dashboard in your web browser, where API keys are made</source>
        <translation>API キーを作成できる Ideogram の API ダッシュボードを Web ブラウザーで開きます</translation>
    </message>
    <message>
        <source>Ideogram's API dashboard opens in your web browser: create a key under Manage ▸ API Keys.</source>
        <translation>Web ブラウザーで Ideogram の API ダッシュボードが開きます。Manage ▸ API Keys でキーを作成してください。</translation>
    </message>
    <message>
        <source>No web browser could be opened. Visit %1 and create a key under Manage ▸ API Keys.</source>
        <translation>Web ブラウザーを開けませんでした。%1 にアクセスし、Manage ▸ API Keys でキーを作成してください。</translation>
    </message>
    <message>
        <source>&amp;Export Dataset…</source>
        <translation>データセットを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Save this computer's copies of the dataset's images with their captions as a ZIP</source>
        <translation>このコンピューターにあるデータセットの画像のコピーを、キャプションと一緒に ZIP として保存します</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::ModelDetailPane</name>
    <message>
        <source>Training steps</source>
        <translation>トレーニングの段階</translation>
    </message>
    <message>
        <source>Step: not stated by Ideogram</source>
        <translation>段階: Ideogram から届いていません</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>段階: %1</translation>
    </message>
    <message>
        <source>No model chosen</source>
        <translation>モデルが選ばれていません</translation>
    </message>
    <message>
        <source>Choose a model in the list, or train one from a dataset (Dataset ▸ Train Model…).</source>
        <translation>一覧からモデルを選ぶか、データセットからトレーニングしてください (データセット ▸ モデルをトレーニング…)。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>ステータス: %1</translation>
    </message>
    <message>
        <source>Status: %1 — the app checks it regularly.</source>
        <translation>ステータス: %1 — アプリが定期的に確認します。</translation>
    </message>
    <message>
        <source>The training steps show after the next check with Ideogram.</source>
        <translation>トレーニングの段階は、次に Ideogram で確認したときに表示されます。</translation>
    </message>
    <message>
        <source>Ope&amp;n Dataset</source>
        <translation>データセットを開く(&amp;N)</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID をコピー</translation>
    </message>
    <message>
        <source>Copy this model's ID, for scripts and support requests</source>
        <translation>このモデルの ID をコピーします。スクリプトやサポートへの問い合わせに使えます</translation>
    </message>
    <message>
        <source>%1 (shared with this account)</source>
        <translation>%1 (このアカウントと共有)</translation>
    </message>
    <message>
        <source>Base model: %1</source>
        <translation>ベースモデル: %1</translation>
    </message>
    <message>
        <source>Base model: not known yet (the app asks Ideogram)</source>
        <translation>ベースモデル: まだ不明 (アプリが Ideogram に問い合わせます)</translation>
    </message>
    <message>
        <source>Base model: known once the model can make images</source>
        <translation>ベースモデル: モデルが画像を生成できるようになると分かります</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::ModelFlow</name>
    <message>
        <source>No models yet. Open a dataset with at least 15 images and press Train Model… to make one.</source>
        <translation>モデルはまだありません。画像が 15 枚以上あるデータセットを開き、「モデルをトレーニング…」を押すと作成できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s).</source>
        <translation>
            <numerusform>モデル %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the models from Ideogram. %1</source>
        <translation>Ideogram からモデルを読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation>先にアカウントを選んでください。</translation>
    </message>
    <message>
        <source>Training “%1” started. The app follows it and tells you when it is done.</source>
        <translation>「%1」のトレーニングを開始しました。アプリが進み具合を見守り、完了したらお知らせします。</translation>
    </message>
    <message>
        <source>Model ready</source>
        <translation>モデルの準備ができました</translation>
    </message>
    <message>
        <source>“%1” has finished training and can make images.</source>
        <translation>「%1」のトレーニングが完了し、画像を生成できるようになりました。</translation>
    </message>
    <message>
        <source>“%1” of the account “%2” has finished training and can make images.</source>
        <translation>アカウント「%2」の「%1」のトレーニングが完了し、画像を生成できるようになりました。</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>トレーニングに失敗しました</translation>
    </message>
    <message>
        <source>Ideogram could not train “%1”. Check the dataset's images and captions, then train again.</source>
        <translation>Ideogram は「%1」をトレーニングできませんでした。データセットの画像とキャプションを確認してから、もう一度トレーニングしてください。</translation>
    </message>
    <message>
        <source>Ideogram could not train “%1” of the account “%2”. Check the dataset's images and captions, then train again.</source>
        <translation>Ideogram はアカウント「%2」の「%1」をトレーニングできませんでした。データセットの画像とキャプションを確認してから、もう一度トレーニングしてください。</translation>
    </message>
    <message>
        <source>Model archived</source>
        <translation>モデルがアーカイブされました</translation>
    </message>
    <message>
        <source>“%1” was archived.</source>
        <translation>「%1」はアーカイブされました。</translation>
    </message>
    <message>
        <source>“%1” of the account “%2” was archived.</source>
        <translation>アカウント「%2」の「%1」はアーカイブされました。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>We could not confirm that Ideogram started training “%1”. The answer to the request was lost.</source>
        <translation>Ideogram が「%1」のトレーニングを開始したか確認できませんでした。リクエストへの応答が失われました。</translation>
    </message>
    <message>
        <source>Training again may start a second training, and Ideogram may bill both. Check again first if you are not sure.</source>
        <translation>もう一度トレーニングすると 2 つ目のトレーニングが始まり、両方に課金される可能性があります。よく分からない場合は、先にもう一度確認してください。</translation>
    </message>
    <message>
        <source>Train an&amp;yway</source>
        <translation>それでもトレーニング(&amp;Y)</translation>
    </message>
    <message>
        <source>Send the training again. If the first one did start, Ideogram may bill two.</source>
        <translation>トレーニングをもう一度送信します。最初のトレーニングが始まっていた場合、2 回分課金される可能性があります。</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::ModelsPage</name>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>すべてのモデル</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>トレーニング中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>共有されたモデル</translation>
    </message>
    <message>
        <source>Show models</source>
        <translation>表示するモデル</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>表示(&amp;W):</translation>
    </message>
    <message>
        <source>Read the models from Ideogram again (F5)</source>
        <translation>Ideogram からモデルをもう一度読み込みます (F5)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Any family</source>
        <translation>すべてのファミリー</translation>
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
        <translation>不明</translation>
    </message>
    <message>
        <source>Show models of the family</source>
        <translation>表示するモデルのファミリー</translation>
    </message>
    <message>
        <source>The base model each model was trained on</source>
        <translation>各モデルのトレーニングに使ったベースモデル</translation>
    </message>
    <message>
        <source>Famil&amp;y:</source>
        <translation>ファミリー(&amp;Y):</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::ProxyPasswordDialog</name>
    <message>
        <source>Proxy Password</source>
        <translation>プロキシのパスワード</translation>
    </message>
    <message>
        <source>The proxy %1 between this computer and Ideogram asks for a user name and password (your network's, not Ideogram's). They are used until you quit and never saved.</source>
        <translation>このコンピューターと Ideogram の間にあるプロキシ %1 が、ユーザー名とパスワード (Ideogram のものではなく、お使いのネットワークのもの) を求めています。これらは終了するまで使われ、保存されることはありません。</translation>
    </message>
    <message>
        <source>The proxy refused the user name and password given last time.</source>
        <translation>前回入力したユーザー名とパスワードはプロキシに拒否されました。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Use and &amp;Try Again</source>
        <translation>使用して再試行(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::SandboxBanner</name>
    <message>
        <source>Sandbox — no real Ideogram account. Datasets here vanish when you quit.</source>
        <translation>サンドボックス — 本物の Ideogram アカウントではありません。ここで作ったデータセットは終了すると消えます。</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>サンドボックスモード</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::StackEditor</name>
    <message>
        <source>Add a model to the stack</source>
        <translation>スタックにモデルを追加</translation>
    </message>
    <message>
        <source>Blend up to four more finished Ideogram 4.0 models under this one</source>
        <translation>トレーニングが完了した Ideogram 4.0 のモデルを、このモデルの下にさらに 4 つまで重ねてブレンドします</translation>
    </message>
    <message>
        <source>Add a model to the stack…</source>
        <translation>スタックにモデルを追加…</translation>
    </message>
    <message>
        <source>That model is not one of this account's.</source>
        <translation>そのモデルはこのアカウントのものではありません。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>%1 の重み</translation>
    </message>
    <message>
        <source>Blend earlier</source>
        <translation>先にブレンド</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 を上へ移動</translation>
    </message>
    <message>
        <source>Blend later</source>
        <translation>あとでブレンド</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 を下へ移動</translation>
    </message>
    <message>
        <source>Remove from the stack</source>
        <translation>スタックから外す</translation>
    </message>
    <message>
        <source>Remove %1 from the stack</source>
        <translation>%1 をスタックから外す</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::StorageNotice</name>
    <message>
        <source>Create dataset</source>
        <translation>データセットを作成</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>トレーニングを開始</translation>
    </message>
    <message>
        <source>Upload file</source>
        <translation>ファイルをアップロード</translation>
    </message>
    <message>
        <source>Other request</source>
        <translation>その他のリクエスト</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the notice about the damaged data</source>
        <translation>壊れたデータについてのお知らせを閉じます</translation>
    </message>
    <message>
        <source>The local data of “%1” was damaged. It was moved aside, not deleted, to %2, and the app started afresh: your datasets and models are read again from Ideogram.</source>
        <translation>「%1」のローカルデータが壊れていました。削除はせずに %2 へ移し、アプリは新しい状態で始めました。データセットとモデルは Ideogram からもう一度読み込みます。</translation>
    </message>
    <message>
        <source>Requests you made just before could not be read from it: check on Ideogram for datasets, uploads or trainings you started then.</source>
        <translation>直前に行ったリクエストは読み取れませんでした。そのころに始めたデータセット、アップロード、トレーニングを Ideogram で確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>Show %n request(s)…</source>
        <translation>
            <numerusform>リクエスト %n 件を表示…</numerusform>
        </translation>
    </message>
    <message>
        <source>About the app's local data</source>
        <translation>アプリのローカルデータについて</translation>
    </message>
    <message>
        <source>Requests that may have been sent</source>
        <translation>送信された可能性のあるリクエスト</translation>
    </message>
    <message>
        <source>These requests were noted in the damaged data and their answers never arrived. Each may have been sent; check on Ideogram before doing it again.</source>
        <translation>これらのリクエストは壊れたデータに記録されていたもので、応答は届いていません。どれも送信された可能性があるので、やり直す前に Ideogram で確認してください。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Name or file</source>
        <translation>名前またはファイル</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) made just before may have been sent: before making one again, look for it in the Datasets and Models lists, which are read again from Ideogram.</source>
        <translation>
            <numerusform>直前に行った %n 件のリクエストが送信された可能性があります。やり直す前に、Ideogram から読み直された「データセット」と「モデル」の一覧で確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>May have been sent; look for it in the app's lists</source>
        <translation>送信された可能性あり。アプリの一覧で確認してください</translation>
    </message>
    <message>
        <source>The app can save its data again: new datasets, uploads and trainings can be sent.</source>
        <translation>アプリがデータを再び保存できるようになりました。新しいデータセット、アップロード、トレーニングを送信できます。</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Show the app's data folder in your file manager</source>
        <translation>アプリのデータフォルダーをファイルマネージャーで表示します</translation>
    </message>
    <message>
        <source>Your datasets are safe and stay shown, but creating datasets, uploading and training are paused: the app saves a note of each before sending it.</source>
        <translation>データセットは安全で、表示されたままです。ただし、データセットの作成、アップロード、トレーニングは一時停止しています (アプリは送信前に必ず記録を保存するためです)。</translation>
    </message>
    <message>
        <source>Your disk is full, so the app cannot save its data.</source>
        <translation>ディスクがいっぱいのため、アプリがデータを保存できません。</translation>
    </message>
    <message>
        <source>Free some space; the app notices by itself, and the paused work can then be tried again.</source>
        <translation>空き容量を確保してください。アプリが自動で気づき、一時停止した作業をもう一度試せるようになります。</translation>
    </message>
    <message>
        <source>The app cannot save its data: its folder (%1) cannot be written, perhaps because it is read-only.</source>
        <translation>アプリがデータを保存できません。フォルダー (%1) に書き込めません。読み取り専用になっている可能性があります。</translation>
    </message>
    <message>
        <source>Make the folder writable again, or ask whoever looks after this computer; the app notices by itself, and the paused work can then be tried again.</source>
        <translation>フォルダーを書き込み可能に戻すか、このコンピューターの管理者に相談してください。アプリが自動で気づき、一時停止した作業をもう一度試せるようになります。</translation>
    </message>
    <message>
        <source>Your disk is full, or the app's data folder (%1) cannot be written.</source>
        <translation>ディスクがいっぱいか、アプリのデータフォルダー (%1) に書き込めません。</translation>
    </message>
    <message>
        <source>Free some space or make the folder writable; the app notices by itself, and the paused work can then be tried again.</source>
        <translation>空き容量を確保するか、フォルダーを書き込み可能にしてください。アプリが自動で気づき、一時停止した作業をもう一度試せるようになります。</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::TrainDialog</name>
    <message>
        <source>I understand that this training is &amp;billed to %1.</source>
        <translation>このトレーニングが %1 に課金されることを理解しました(&amp;B)。</translation>
    </message>
    <message>
        <source>Train a Model</source>
        <translation>モデルのトレーニング</translation>
    </message>
    <message numerus="yes">
        <source>Ideogram trains a custom model on the %n image(s) of “%1”. Training takes a while; the app follows it and tells you when it is done.</source>
        <translation>
            <numerusform>Ideogram が「%1」の画像 %n 枚でカスタムモデルをトレーニングします。トレーニングには時間がかかります。アプリが進み具合を見守り、完了したらお知らせします。</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. acme shoes</source>
        <translation>例: acme shoes</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>モデル名</translation>
    </message>
    <message>
        <source>5–30 characters: letters, digits, spaces and hyphens.</source>
        <translation>5〜30 文字: 英字、数字、空白、ハイフン。</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>トレーニング(&amp;T)</translation>
    </message>
    <message>
        <source>Model &amp;name:</source>
        <translation>モデル名(&amp;N):</translation>
    </message>
    <message>
        <source>This name can be used.</source>
        <translation>この名前は使えます。</translation>
    </message>
    <message>
        <source>Ideogram &amp;4.0</source>
        <translation>Ideogram 4.0(&amp;4)</translation>
    </message>
    <message>
        <source>Ideogram &amp;3.0</source>
        <translation>Ideogram 3.0(&amp;3)</translation>
    </message>
    <message>
        <source>Ideogram's newest model: the most faithful to your images and prompts, with larger output sizes. Models trained on it can be stacked together.</source>
        <translation>Ideogram の最新モデルです。画像とプロンプトに最も忠実で、より大きなサイズで出力できます。このモデルでトレーニングしたモデルどうしは重ねて使えます。</translation>
    </message>
    <message>
        <source>The earlier model: offers aspect ratios, a list of what to leave out, and remixing an existing image.</source>
        <translation>以前のモデルです。縦横比の指定、除外するものの指定、既存の画像のリミックスが使えます。</translation>
    </message>
    <message>
        <source>&amp;Advanced settings</source>
        <translation>詳細設定(&amp;A)</translation>
    </message>
    <message>
        <source>Ideogram bills this training to %1. Ideogram does not tell apps the price of a training beforehand: it is shown in your Ideogram dashboard. The app sends the request once; if the answer is lost, it asks Ideogram what happened instead of sending it again.</source>
        <translation>Ideogram はこのトレーニングを %1 に課金します。Ideogram はトレーニングの料金を事前にアプリへ知らせないため、料金は Ideogram のダッシュボードで確認してください。アプリはリクエストを 1 回だけ送ります。応答が失われた場合は、もう一度送るのではなく、どうなったかを Ideogram に問い合わせます。</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation>ベースモデル:</translation>
    </message>
    <message>
        <source>Leave these empty to let Ideogram choose. A value equal to Ideogram's default is not sent.</source>
        <translation>空欄のままにすると Ideogram が決めます。Ideogram の既定値と同じ値は送信しません。</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (既定)</translation>
    </message>
    <message>
        <source>Training &amp;steps:</source>
        <translation>トレーニングのステップ数(&amp;S):</translation>
    </message>
    <message>
        <source>100 to 10,000, in steps of 100. More steps learn more closely and take longer.</source>
        <translation>100〜10,000 の範囲で、100 刻みです。ステップ数が多いほど細かく学習しますが、時間がかかります。</translation>
    </message>
    <message>
        <source>128 (default)</source>
        <translation>128 (既定)</translation>
    </message>
    <message>
        <source>64</source>
        <translation>64</translation>
    </message>
    <message>
        <source>LoRA &amp;rank:</source>
        <translation>LoRA ランク(&amp;R):</translation>
    </message>
    <message>
        <source>128 holds more detail; 64 trains faster and gives a smaller model.</source>
        <translation>128 は細部をより多く保持します。64 はトレーニングが速く、モデルも小さくなります。</translation>
    </message>
    <message>
        <source>e.g. 0.999</source>
        <translation>例: 0.999</translation>
    </message>
    <message>
        <source>&amp;EMA:</source>
        <translation>EMA(&amp;E):</translation>
    </message>
    <message>
        <source>Above 0 and below 1, typically 0.99 to 0.9999: higher is smoother but slower to learn.</source>
        <translation>0 より大きく 1 より小さい値で、通常は 0.99〜0.9999 です。高いほど学習が安定しますが、遅くなります。</translation>
    </message>
    <message>
        <source>e.g. 0.0001</source>
        <translation>例: 0.0001</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>学習率(&amp;L):</translation>
    </message>
    <message>
        <source>Above 0, typically 0.00001 to 0.0001: higher learns faster but can become unstable.</source>
        <translation>0 より大きい値で、通常は 0.00001〜0.0001 です。高いほど速く学習しますが、不安定になることがあります。</translation>
    </message>
    <message>
        <source>Let Ideogram choose</source>
        <translation>Ideogram に任せる</translation>
    </message>
    <message>
        <source>How many images each training step looks at (Ideogram 4.0 only).</source>
        <translation>トレーニングの 1 ステップで使う画像の枚数です (Ideogram 4.0 のみ)。</translation>
    </message>
    <message>
        <source>Guidance-distilled (default)</source>
        <translation>ガイダンス蒸留版 (既定)</translation>
    </message>
    <message>
        <source>Non-distilled fused</source>
        <translation>非蒸留・融合版</translation>
    </message>
    <message>
        <source>Base &amp;variant:</source>
        <translation>ベースの種類(&amp;V):</translation>
    </message>
    <message>
        <source>Which version of the 4.0 model to start from (Ideogram 4.0 only).</source>
        <translation>トレーニングの出発点にする 4.0 モデルの種類です (Ideogram 4.0 のみ)。</translation>
    </message>
    <message>
        <source>Batch si&amp;ze:</source>
        <translation>バッチサイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>This is the sandbox: the training runs on this computer, takes seconds, and nothing is billed. With a real account, Ideogram bills the training to that account and shows its price in your Ideogram dashboard.</source>
        <translation>ここはサンドボックスです。トレーニングはこのコンピューター上で数秒で終わり、課金はありません。実際のアカウントでは、Ideogram がそのアカウントにトレーニング料金を課金し、価格は Ideogram のダッシュボードに表示されます。</translation>
    </message>
    <message>
        <source>I understand that this is practice and nothing is &amp;billed.</source>
        <translation>これは練習で、課金されないことを理解しました(&amp;B)。</translation>
    </message>
</context>
<context>
    <name>Ids::Widgets::UploadDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>外す(&amp;R)</translation>
    </message>
    <message>
        <source>Make &amp;Smaller</source>
        <translation>縮小(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>アップロード(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>アップロードを中止(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;try Failed</source>
        <translation>失敗分を再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Add Files to “%1”</source>
        <translation>「%1」にファイルを追加</translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation>アップロードするファイル</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>アップロードの進み具合</translation>
    </message>
    <message>
        <source>Progress of the current part</source>
        <translation>現在の部分の進み具合</translation>
    </message>
    <message>
        <source>This part: %p%</source>
        <translation>この部分: %p%</translation>
    </message>
    <message>
        <source>Leave the selected files out of this upload (Delete)</source>
        <translation>選択したファイルをこのアップロードから外します (Delete)</translation>
    </message>
    <message>
        <source>Scale the selected images that are too large to %1 pixels on their longest side</source>
        <translation>選択した大きすぎる画像を、長辺が %1 ピクセルになるよう縮小します</translation>
    </message>
    <message>
        <source>Cancelled. Checking which files had already arrived…</source>
        <translation>キャンセルしました。どのファイルがすでに届いていたか確認しています…</translation>
    </message>
    <message>
        <source>Checking with Ideogram which files arrived…</source>
        <translation>どのファイルが届いたか Ideogram で確認しています…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s) or folder(s)…</source>
        <translation>
            <numerusform>%n 個のファイルまたはフォルダーを確認しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;Captions…</source>
        <translation>キャプションを変更(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Discard Draft…</source>
        <translation>下書きを破棄(&amp;D)…</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>ファイルを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Add a word to every caption, find and replace, or set one caption (Ctrl+E)</source>
        <translation>すべてのキャプションへの語の追加、検索と置換、同じキャプションの設定ができます (Ctrl+E)</translation>
    </message>
    <message>
        <source>Empty this list and forget the captions typed for it</source>
        <translation>この一覧を空にし、入力したキャプションを破棄します</translation>
    </message>
    <message>
        <source>Select an image to see and write its caption.</source>
        <translation>画像を選ぶと、そのキャプションを表示・入力できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) are longer than %1: shorten them before you upload.</source>
        <translation>
            <numerusform>%n 件のキャプションが %1 を超えています。アップロード前に短くしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n file(s)</source>
        <translation>
            <numerusform>%n 個のファイルを外す</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>下書きの破棄</translation>
    </message>
    <message>
        <source>Empty this list and forget the captions you wrote for it?</source>
        <translation>この一覧を空にし、入力したキャプションを破棄しますか?</translation>
    </message>
    <message>
        <source>Your image files stay where they are; only this list goes.</source>
        <translation>画像ファイルはそのまま残ります。消えるのはこの一覧だけです。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n caption(s)…</source>
        <translation>
            <numerusform>キャプション %n 件を書き込んでいます…</numerusform>
        </translation>
    </message>
    <message>
        <source>Caption with &amp;Ideogram…</source>
        <translation>Ideogram でキャプション(&amp;I)…</translation>
    </message>
    <message>
        <source>S&amp;top Captioning</source>
        <translation>キャプション付けを中止(&amp;T)</translation>
    </message>
    <message>
        <source>Ideogram is checking the images…</source>
        <translation>Ideogram が画像を確認しています…</translation>
    </message>
    <message>
        <source>Ideogram writes captions for the selected images, or for those without one (billed per image; the price is shown first)</source>
        <translation>選択した画像、またはキャプションのない画像に Ideogram がキャプションを書きます (画像ごとに課金。先に料金を表示します)</translation>
    </message>
    <message>
        <source>Starting the upload…</source>
        <translation>アップロードを開始しています…</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>残り 1 分未満</translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>残り %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s)</source>
        <translation>
            <numerusform>%n 枚中 %1 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 中 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n 個のファイルをアップロード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 件失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 件キャンセル</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1.</source>
        <translation>キャンセルしました。%1。</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>完了: %1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Drop images (JPEG, PNG, WebP; HEIC and AVIF are converted), captions (.txt with the same name as the image), folders or ZIP files here.</source>
        <translation>画像 (JPEG、PNG、WebP。HEIC と AVIF は変換します)、キャプション (画像と同じ名前の .txt)、フォルダー、ZIP ファイルをここにドロップしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>画像 %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s)</source>
        <translation>
            <numerusform>キャプション %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n 件をスキップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will not be sent</source>
        <translation>
            <numerusform>%n 件は送信しません</numerusform>
        </translation>
    </message>
    <message>
        <source>To send: %1.</source>
        <translation>送信するもの: %1。</translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n file(s) (converting, taking out of ZIP files)…</source>
        <translation>
            <numerusform>%n 個のファイルを準備しています (変換、ZIP ファイルからの取り出し)…</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of images already in the dataset is not known yet; the 100-image limit is checked by Ideogram.</source>
        <translation>データセットにすでにある画像の枚数はまだ分かりません。100 枚の上限は Ideogram が確認します。</translation>
    </message>
    <message numerus="yes">
        <source>Captioning with Ideogram: %1 of %n image(s)…</source>
        <translation>
            <numerusform>Ideogram でキャプションを付けています: %n 枚中 %1 枚…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ideogram asked the app to slow down; captioning goes on in %n second(s).</source>
        <translation>
            <numerusform>Ideogram からペースを落とすよう求められました。%n 秒後にキャプション付けを続けます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caption(s) from Ideogram to check</source>
        <translation>
            <numerusform>確認が必要な Ideogram のキャプション %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not captioned (see the Caption column)</source>
        <translation>
            <numerusform>キャプションが付かなかった画像 %n 枚 (キャプション列を参照)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n 件を中止</numerusform>
        </translation>
    </message>
    <message>
        <source>Not captioned: this image is inside a ZIP file sent as it is. Change its caption once to send the ZIP's files one by one, then try again.</source>
        <translation>キャプションなし: この画像は、そのまま送信する ZIP ファイルの中にあります。キャプションを一度変更すると ZIP の中のファイルを 1 つずつ送るようになるので、そのあとでもう一度お試しください。</translation>
    </message>
    <message>
        <source>Every image has a caption. Select the images Ideogram should caption.</source>
        <translation>すべての画像にキャプションがあります。Ideogram にキャプションを付けさせる画像を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the dataset as %1.</source>
        <translation>%1 としてすでにデータセットにあります。</translation>
    </message>
    <message>
        <source>The same file as %1.</source>
        <translation>%1 と同じファイルです。</translation>
    </message>
    <message>
        <source>Looks like %1.</source>
        <translation>%1 とよく似ています。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Keep One of Each Duplicate (%n group(s))</source>
        <translation>
            <numerusform>重複ごとに 1 枚だけ残す (%n グループ)(&amp;K)</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for duplicate images…</source>
        <translation>重複した画像を探しています…</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of duplicate or near-duplicate images: a model learns nothing from a second copy. Keep One removes the extra copies.</source>
        <translation>
            <numerusform>同じ画像またはほぼ同じ画像のグループが %n 個あります。2 枚目のコピーからモデルが学ぶことはありません。「1 枚だけ残す」で余分なコピーを外します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: captions for %n image(s).</source>
        <translation>
            <numerusform>%1: 画像 %n 枚のキャプション。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n name(s) match no image here: %2.</source>
        <translation>
            <numerusform>%1: %n 件の名前がここにある画像と一致しません: %2。</numerusform>
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
        <translation>Ideogram Datasets へようこそ</translation>
    </message>
    <message>
        <source>To create datasets, this app needs an API key from your Ideogram account.</source>
        <translation>データセットを作成するには、Ideogram アカウントの API キーが必要です。</translation>
    </message>
    <message>
        <source>No key yet? The sandbox is a pretend Ideogram on this computer: try the app without an account. Nothing is sent to Ideogram.</source>
        <translation>キーをお持ちでない場合は、このコンピューター上の模擬 Ideogram であるサンドボックスで、アカウントなしでアプリを試せます。Ideogram には何も送信しません。</translation>
    </message>
    <message>
        <source>Enter API &amp;key…</source>
        <translation>API キーを入力(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Try the sandbox</source>
        <translation>サンドボックスを試す(&amp;T)</translation>
    </message>
    <message>
        <source>Enter API key</source>
        <translation>API キーを入力</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>サンドボックスを試す</translation>
    </message>
    <message>
        <source>New to this? Getting Started shows the five steps from a folder of photos to pictures made with your own model. No key yet? Ideogram makes them in its API dashboard.</source>
        <translation>初めての方へ: 「はじめに」では、写真の入ったフォルダーから自分のモデルで画像を生成するまでの 5 つのステップを紹介しています。キーをまだお持ちでない場合は、Ideogram の API ダッシュボードで作成できます。</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>はじめに(&amp;G)</translation>
    </message>
    <message>
        <source>Get an &amp;API Key…</source>
        <translation>API キーを取得(&amp;A)…</translation>
    </message>
    <message>
        <source>Opens Ideogram's API dashboard in your web browser</source>
        <translation>Ideogram の API ダッシュボードを Web ブラウザーで開きます</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start a local Ideogram-compatible sandbox server and use it. No account needed; nothing is sent to Ideogram.</source>
        <translation>Ideogram 互換のサンドボックスサーバーをこのコンピューターで起動して使います。アカウントは不要で、Ideogram には何も送信しません。</translation>
    </message>
    <message>
        <source>Use this API address for this run (https, or http to this computer).</source>
        <translation>今回の起動ではこの API アドレスを使います (https、またはこのコンピューターへの http)。</translation>
    </message>
    <message>
        <source>Check that the app works on this computer: start, show the window, and quit as soon as it is ready (exit status 0) or after a minute (exit status 1). Use it with --sandbox.</source>
        <translation>このコンピューターでアプリが動くか確認します。起動してウィンドウを表示し、準備ができたらすぐに終了します (終了ステータス 0)。1 分たっても準備ができない場合も終了します (終了ステータス 1)。--sandbox と一緒に使ってください。</translation>
    </message>
    <message>
        <source>Create and manage datasets for Ideogram custom models. Not made by Ideogram.

Environment: IDEOGRAM_API_KEY=&lt;key&gt; uses that key for this run only; it is never stored.</source>
        <translation>Ideogram のカスタムモデル用データセットを作成・管理します。Ideogram 製ではありません。

環境変数: IDEOGRAM_API_KEY=&lt;キー&gt; を指定すると、今回の起動中だけそのキーを使います。キーは保存されません。</translation>
    </message>
    <message>
        <source>With --sandbox: the sandbox answers every n-th caption request (describe) with "too many requests", to see how the app waits and tries again.</source>
        <translation>--sandbox と一緒に使います: サンドボックスが n 回に 1 回、キャプションの依頼 (describe) に「リクエストが多すぎます」と答えます。アプリが待って再試行する様子を確認できます。</translation>
    </message>
</context>
</TS>
