/** Z-API's call that sets every webhook kind of an instance at once (the placeholders are the user's to fill). */
export function zapiCurlCommand(webhookUrl: string): string {
  // JSON.stringify escapes the URL for the JSON body; a URL never contains the single quote that ends the shell string.
  const body = `{"value": ${JSON.stringify(webhookUrl)}, "notifySentByMe": true}`;
  return [
    `curl -X PUT "https://api.z-api.io/instances/<INSTANCE_ID>/token/<INSTANCE_TOKEN>/update-every-webhooks" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -H "Client-Token: <ACCOUNT_SECURITY_TOKEN>" \\`,
    `  -d '${body}'`,
  ].join("\n");
}
