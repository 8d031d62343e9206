import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { WebhookUrl } from "../webhook-url";
import { ZapiCurl } from "./zapi-curl";

const stepTitle = "text-sm font-semibold text-zinc-900 dark:text-zinc-100";

/** Where Z-API must send webhooks and the two ways to set it; `webhookUrl` is null for non-admins (it holds the secret). */
export async function ZapiConnection({ webhookUrl }: { webhookUrl: string | null }) {
  const t = await getTranslations("settings.zapi");
  return (
    <Card aria-labelledby="settings-zapi">
      <CardHeader>
        <CardTitle id="settings-zapi">{t("title")}</CardTitle>
      </CardHeader>
      <CardBody className="space-y-5">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("intro")}</p>
        {webhookUrl ? (
          <>
            {/* Also warns when the URL is plain http, which Z-API will not call. */}
            <WebhookUrl url={webhookUrl} steps={false} />
            <div className="space-y-2">
              <h3 className={stepTitle}>{t("viaApiTitle")}</h3>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("viaApiBody")}</p>
              <ZapiCurl webhookUrl={webhookUrl} />
            </div>
            <div className="space-y-2">
              <h3 className={stepTitle}>{t("viaPanelTitle")}</h3>
              <ol className="list-decimal space-y-1 pl-5 text-sm text-zinc-700 dark:text-zinc-300">
                <li>{t("panelStep1")}</li>
                <li>{t("panelStep2")}</li>
                <li>{t("panelStep3")}</li>
                <li>{t("panelStep4")}</li>
              </ol>
            </div>
          </>
        ) : (
          <Alert tone="info">{t("adminOnly")}</Alert>
        )}
      </CardBody>
    </Card>
  );
}
