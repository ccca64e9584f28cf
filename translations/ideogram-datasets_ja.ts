<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Ids::App::AppController</name>
    <message>
        <source>The sandbox could not start: no free port on this computer&apos;s loopback address (127.0.0.1).</source>
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
        <source>The connection is not private: the server showed a certificate it made for itself, so someone may be intercepting it. Nothing was sent. Check the API address in Settings, or try another network.</source>
        <translation>この接続は安全ではありません。サーバーが自己署名の証明書を示したため、通信が傍受されている可能性があります。何も送信していません。設定で API アドレスを確認するか、別のネットワークをお試しください。</translation>
    </message>
    <message>
        <source>The connection is not private: the server&apos;s certificate has expired or is not valid yet. Nothing was sent. Check that this computer&apos;s date and time are right, then try again.</source>
        <translation>この接続は安全ではありません。サーバーの証明書が期限切れか、まだ有効になっていません。何も送信していません。このコンピューターの日付と時刻が正しいことを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection is not private: the server showed a certificate for another address, so someone may be intercepting it. Nothing was sent. Check the API address in Settings, or try another network.</source>
        <translation>この接続は安全ではありません。サーバーが別のアドレス用の証明書を示したため、通信が傍受されている可能性があります。何も送信していません。設定で API アドレスを確認するか、別のネットワークをお試しください。</translation>
    </message>
    <message>
        <source>The connection is not private: the server&apos;s certificate comes from an authority this computer does not trust, so someone may be intercepting it. Nothing was sent. Try another network, or ask the network&apos;s administrator.</source>
        <translation>この接続は安全ではありません。サーバーの証明書はこのコンピューターが信頼していない発行元のものなので、通信が傍受されている可能性があります。何も送信していません。別のネットワークを試すか、ネットワークの管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>The server only offers an old, unsafe kind of secure connection, so nothing was sent. Check the API address in Settings; a device on your network may be in the way.</source>
        <translation>サーバーが古く安全でない暗号化接続しか提供していないため、何も送信していません。設定で API アドレスを確認してください。ネットワーク上の機器が間に入っている可能性があります。</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be verified, so nothing was sent. Check the API address in Settings and your network (some office or hotel networks interfere).</source>
        <translation>サーバーのセキュリティ証明書を確認できなかったため、何も送信していません。設定の API アドレスとネットワークを確認してください (職場やホテルのネットワークが干渉することがあります)。</translation>
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
        <source>Ideogram&apos;s safety check rejected this image. Remove it or use another image.</source>
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
        <source>Ideogram&apos;s safety check refused this prompt. Change the wording and try again.</source>
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
        <source>The Ideogram server could not be found. Check your internet connection and the API address in Settings, then try again.</source>
        <translation>Ideogram のサーバーが見つかりませんでした。インターネット接続と設定の API アドレスを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The Ideogram server refused the connection. Try again in a few minutes; if it keeps happening, check the API address in Settings.</source>
        <translation>Ideogram のサーバーが接続を拒否しました。数分後にもう一度お試しください。繰り返し起こる場合は、設定の API アドレスを確認してください。</translation>
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
        <source>The server tried to send the request elsewhere, which this app does not allow with your key. Check the API address in Settings.</source>
        <translation>サーバーがリクエストを別の場所へ転送しようとしました。キーを使うリクエストでは、このアプリはそれを許可しません。設定の API アドレスを確認してください。</translation>
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
        <source>Ideogram rejected this key. Open Settings and paste a valid API key.</source>
        <translation>Ideogram がこのキーを拒否しました。設定を開いて、有効な API キーを貼り付けてください。</translation>
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
        <source>Ideogram&apos;s answer was incomplete or in an unexpected form. Try again; if it keeps happening, this app may need an update.</source>
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
        <source>Checking whether &quot;%1&quot; was created before the app closed…</source>
        <translation>アプリが閉じる前に「%1」が作成されたか確認しています…</translation>
    </message>
    <message>
        <source>the new dataset</source>
        <translation>新しいデータセット</translation>
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
    <name>Ids::Core::GenerationRequest</name>
    <message>
        <source>This model cannot make images yet.</source>
        <translation>このモデルはまだ画像を生成できません。</translation>
    </message>
    <message>
        <source>Describe the image you want first.</source>
        <translation>まず、ほしい画像を説明してください。</translation>
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
        <source>Choose an aspect ratio and a speed.</source>
        <translation>縦横比と速度を選んでください。</translation>
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
        <source>Use only the letters A–Z, digits, spaces and hyphens (not &quot;%1&quot;).</source>
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
    <name>Ids::Core::StorageHealth</name>
    <message>
        <source>Nothing was sent: the app keeps a note of every request that creates or bills before sending it, and it cannot write that note for %1 because your disk is full or the app&apos;s data folder cannot be written. Free some space; the app notices by itself, then try again.</source>
        <translation>何も送信していません。アプリは作成や課金を伴うリクエストを送る前に必ず記録を残しますが、ディスクがいっぱいか、アプリのデータフォルダーに書き込めないため、%1 の記録を書けません。空き容量を確保してください (アプリが自動で気づきます)。そのあとで、もう一度お試しください。</translation>
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
        <source>Waiting for the dataset&apos;s details from Ideogram…</source>
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
        <source>Checking whether the training &quot;%1&quot; was started before the app closed…</source>
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
        <source>Skipped: a Mac file&apos;s hidden attributes (a “._” file), not a picture.</source>
        <translation>スキップ: Mac のファイルの隠し属性 (「._」ファイル) で、画像ではありません。</translation>
    </message>
    <message>
        <source>Skipped: the Mac Finder&apos;s folder settings, not a picture.</source>
        <translation>スキップ: Mac の Finder のフォルダー設定で、画像ではありません。</translation>
    </message>
    <message>
        <source>Skipped: Windows&apos; thumbnail cache, not a picture.</source>
        <translation>スキップ: Windows のサムネイルキャッシュで、画像ではありません。</translation>
    </message>
    <message>
        <source>Skipped: Windows&apos; folder settings, not a picture.</source>
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
        <source>an entry&apos;s header is damaged</source>
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
        <source>an entry&apos;s compressed data ends too early</source>
        <translation>項目の圧縮データが途中で終わっています</translation>
    </message>
    <message>
        <source>an entry&apos;s compressed data is damaged</source>
        <translation>項目の圧縮データが壊れています</translation>
    </message>
    <message>
        <source>an entry is shorter than its declared size</source>
        <translation>書かれたサイズより小さい項目があります</translation>
    </message>
    <message>
        <source>an entry&apos;s checksum does not match; the archive is damaged</source>
        <translation>項目のチェックサムが一致しません。アーカイブが壊れています</translation>
    </message>
    <message>
        <source>the extracted file could not be written</source>
        <translation>展開したファイルを書き込めませんでした</translation>
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
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
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
        <source>Cover asset</source>
        <translation>カバー</translation>
    </message>
    <message>
        <source>Dataset ID</source>
        <translation>データセット ID</translation>
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
        <source>From the folder&apos;s metadata file.</source>
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
        <source>From the caption file next to the image; the folder&apos;s metadata file has other words for it.</source>
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
        <source>The app uses the Qt libraries under the GNU Lesser General Public License version 3, which adds to the GNU General Public License version 3 (both texts below). Qt&apos;s source code is available from the Qt Project (download.qt.io) and from your system&apos;s packages; you may replace the Qt libraries the app uses with your own build of them.</source>
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

This app is not made by Ideogram and is not affiliated with Ideogram. It uses Ideogram&apos;s public API with your own API key.</source>
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
        <source>Each account is an Ideogram workspace with its own key: everything done in it is billed to that workspace. Paste the key from the workspace&apos;s API settings; it is kept in your system keychain, never in a file.</source>
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
        <source>Reset the API address to Ideogram&apos;s</source>
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
        <source>…%1 (this run only)</source>
        <translation>…%1 (今回の起動中のみ)</translation>
    </message>
    <message>
        <source>…%1 (saved)</source>
        <translation>…%1 (保存済み)</translation>
    </message>
    <message>
        <source>The key last worked on %1.</source>
        <translation>このキーが最後に使えたのは %1 です。</translation>
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
        <source>From the folder&apos;s metadata file.</source>
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
        <source>Dataset ID:</source>
        <translation>データセット ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Cover:</source>
        <translation>カバー:</translation>
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
        <source>Train a custom model on this dataset&apos;s images (Ctrl+T)</source>
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
    <message numerus="yes">
        <source>%n image(s) of %1</source>
        <translation>
            <numerusform>%1 枚中 %n 枚</numerusform>
        </translation>
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
</context>
<context>
    <name>Ids::Widgets::DatasetFlow</name>
    <message>
        <source>Copied the dataset ID %1.</source>
        <translation>データセット ID %1 をコピーしました。</translation>
    </message>
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
        <source>We couldn&apos;t confirm that the dataset “%1” was created. Ideogram may have created it.</source>
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
    <message>
        <source>Add Images</source>
        <translation>画像を追加</translation>
    </message>
    <message>
        <source>Images, captions and ZIP files (*.jpg *.jpeg *.jfif *.jpe *.png *.webp *.heic *.heif *.avif *.txt *.json *.zip)</source>
        <translation>画像、キャプション、ZIP ファイル (*.jpg *.jpeg *.jfif *.jpe *.png *.webp *.heic *.heif *.avif *.txt *.json *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Finish or close the current upload first.</source>
        <translation>先に、進行中のアップロードを終えるか閉じてください。</translation>
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
</context>
<context>
    <name>Ids::Widgets::DatasetView</name>
    <message>
        <source>&amp;Copy Dataset ID</source>
        <translation>データセット ID をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open Dataset</source>
        <translation>データセットを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Copy the selected dataset&apos;s ID to the clipboard</source>
        <translation>選択したデータセットの ID をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Show the dataset&apos;s files and models</source>
        <translation>データセットのファイルとモデルを表示します</translation>
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
        <source>A structured caption lists the picture&apos;s parts, background and tags. Plain text is what most trainings expect.</source>
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
        <source>Ideogram&apos;s price: %1 per image, %2 for %n image(s)%3. Billed to the account “%4”.</source>
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
        <source>Open &amp;Settings…</source>
        <translation>設定を開く(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Open settings to change the API key</source>
        <translation>設定を開いて API キーを変更します</translation>
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
        <source>Describe the image, e.g. “a red sneaker on a white table”</source>
        <translation>画像の説明を入力 (例: 「白いテーブルの上の赤いスニーカー」)</translation>
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
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <source>Turbo</source>
        <translation>Turbo</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
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
        <source>Show this model&apos;s images in the file manager</source>
        <translation>このモデルの画像をファイルマネージャーで表示します</translation>
    </message>
    <message>
        <source>Images made with this model</source>
        <translation>このモデルで生成した画像</translation>
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
        <source>Each image is billed to %1. Prices are in your Ideogram dashboard.</source>
        <translation>画像 1 枚ごとに %1 に課金されます。料金は Ideogram のダッシュボードで確認できます。</translation>
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
        <source>Show the selected dataset&apos;s files and models</source>
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
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Model URI: %1</source>
        <translation>モデル URI: %1</translation>
    </message>
    <message>
        <source>Shared with this account</source>
        <translation>このアカウントと共有</translation>
    </message>
    <message>
        <source>The training steps show after the next check with Ideogram.</source>
        <translation>トレーニングの段階は、次に Ideogram で確認したときに表示されます。</translation>
    </message>
    <message>
        <source>Ope&amp;n Dataset</source>
        <translation>データセットを開く(&amp;N)</translation>
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
    <message numerus="yes">
        <source>Ideogram is making %n image(s)…</source>
        <translation>
            <numerusform>Ideogram が画像を %n 枚生成しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideogram is making images…</source>
        <translation>Ideogram が画像を生成しています…</translation>
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
        <source>Ideogram could not train “%1”. Check the dataset&apos;s images and captions, then train again.</source>
        <translation>Ideogram は「%1」をトレーニングできませんでした。データセットの画像とキャプションを確認してから、もう一度トレーニングしてください。</translation>
    </message>
    <message>
        <source>Ideogram could not train “%1” of the account “%2”. Check the dataset&apos;s images and captions, then train again.</source>
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
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n image(s).</source>
        <translation>
            <numerusform>画像を %n 枚保存しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) withheld by Ideogram&apos;s safety check.</source>
        <translation>
            <numerusform>%n 枚の画像は Ideogram の安全チェックにより表示されませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideogram returned no images.</source>
        <translation>Ideogram から画像が返ってきませんでした。</translation>
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
        <source>Your disk is full, or the app&apos;s data folder cannot be written. What you see stays, but new datasets, uploads and trainings are not sent until there is space: the app notes each one before sending it. It carries on by itself once space is free.</source>
        <translation>ディスクがいっぱいか、アプリのデータフォルダーに書き込めません。表示中の内容はそのまま残りますが、空き容量ができるまで、新しいデータセット、アップロード、トレーニングは送信されません (アプリは送信前に必ず記録を残すためです)。空き容量ができれば自動で再開します。</translation>
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
        <source>There is space again: new datasets, uploads and trainings can be sent.</source>
        <translation>空き容量ができました。新しいデータセット、アップロード、トレーニングを送信できます。</translation>
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
        <source>%n request(s) made just before may have been sent; check on Ideogram.</source>
        <translation>
            <numerusform>直前のリクエスト %n 件が送信された可能性があります。Ideogram で確認してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n request(s)…</source>
        <translation>
            <numerusform>リクエスト %n 件を表示…</numerusform>
        </translation>
    </message>
    <message>
        <source>About the app&apos;s local data</source>
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
    <message>
        <source>May have been sent; check on Ideogram</source>
        <translation>送信された可能性あり。Ideogram で確認してください</translation>
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
        <source>Ideogram bills this training to the account %1. The app sends the request once; it never retries it by itself.</source>
        <translation>Ideogram はこのトレーニングをアカウント %1 に課金します。アプリはリクエストを 1 回だけ送り、自動で再送することはありません。</translation>
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
        <source>Not captioned: this image is inside a ZIP file sent as it is. Change its caption once to send the ZIP&apos;s files one by one, then try again.</source>
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
</context>
</TS>
