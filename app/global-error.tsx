"use client";

import { useSyncExternalStore } from "react";

// The root layout itself failed, so neither its next-intl provider nor its theme script ran: this page brings
// its own two languages (the keys mirror "errorPage" in messages/*.json) and follows the system theme. It is
// kept small on purpose, since Next ships it with every page.
const words = {
  "pt-BR": { title: "O Vigia não conseguiu abrir esta página", body: "Algo deu errado no servidor. Tente de novo; o log do servidor diz o quê.", retry: "Tentar de novo", home: "Ir para o painel" },
  en: { title: "Vigia could not open this page", body: "Something went wrong on the server. Try again; the server log says what.", retry: "Try again", home: "Go to the dashboard" },
};

function browserLocale(): keyof typeof words {
  const chosen = /(?:^|;\s*)NEXT_LOCALE=([^;]+)/.exec(document.cookie)?.[1] ?? navigator.language;
  return chosen.toLowerCase().startsWith("en") ? "en" : "pt-BR";
}

const noSubscribe = () => () => {};

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useSyncExternalStore(noSubscribe, browserLocale, () => "pt-BR" as const);
  const w = words[locale];
  return (
    <html lang={locale}>
      <body style={{ fontFamily: "system-ui, sans-serif", margin: 0, padding: "4rem 1rem", colorScheme: "light dark" }}>
        <main style={{ maxWidth: "32rem", margin: "0 auto" }}>
          <p style={{ fontFamily: "monospace", color: "#047857", fontWeight: 600 }}>500</p>
          <h1 style={{ fontSize: "1.5rem" }}>{w.title}</h1>
          <p>{w.body}</p>
          <p style={{ display: "flex", gap: "1rem", alignItems: "center" }}>
            <button type="button" onClick={reset} style={{ padding: "0.5rem 1rem", font: "inherit" }}>
              {w.retry}
            </button>
            {/* A full load on purpose: the app's router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">{w.home}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
