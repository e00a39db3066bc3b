/** Duet's web app: / landing, /account, /problems, /org/:orgId, /org-invite, /recover, /r/:roomId room, /r/:roomId/replay; pushState navigation, no router library. */
import "./zod-config"; // first: no module may parse a schema before zod is told not to eval
import { lazy, Suspense, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { useTranslation } from "react-i18next";
import { initI18n } from "./i18n";
import { installErrorReporter } from "./lib/error-reporter";
import { Landing } from "./pages/Landing";

// The room (Yjs, sockets, IndexedDB) is its own chunk; Monaco is a further lazy chunk inside it.
const RoomPage = lazy(() => import("./pages/RoomPage").then((m) => ({ default: m.RoomPage })));
// The account page (passkeys, with better-auth's client) is one too: most visits never open it.
const AccountPage = lazy(() => import("./pages/AccountPage").then((m) => ({ default: m.AccountPage })));
// So are a team's page and the pages its links open (an invitation, a recovery).
const OrgPage = lazy(() => import("./pages/OrgPage").then((m) => ({ default: m.OrgPage })));
const OrgInvitePage = lazy(() => import("./pages/OrgInvitePage").then((m) => ({ default: m.OrgInvitePage })));
// The replay of an interview's record (Monaco again, no sockets).
const ReplayPage = lazy(() => import("./pages/ReplayPage").then((m) => ({ default: m.ReplayPage })));
// An interviewer's own problems (the form, the checks' outcome).
const ProblemsPage = lazy(() => import("./own-problems/ProblemsPage").then((m) => ({ default: m.ProblemsPage })));
const RecoverPage = lazy(() => import("./pages/RecoverPage").then((m) => ({ default: m.RecoverPage })));
import "./styles/app.css";

function App() {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const on = () => setPath(location.pathname);
    window.addEventListener("popstate", on);
    return () => window.removeEventListener("popstate", on);
  }, []);
  const navigate = (to: string) => {
    history.pushState(null, "", to);
    setPath(to);
  };
  const page = accountPage(path, navigate);
  if (page) return <Suspense fallback={<Loading />}>{page}</Suspense>;
  const replay = /^\/r\/([A-Za-z0-9_-]{1,64})\/replay\/?$/.exec(path);
  if (replay) return <Suspense fallback={<Loading />}><ReplayPage key={replay[1]} roomId={replay[1]} /></Suspense>;
  const room = /^\/r\/([A-Za-z0-9_-]{1,64})\/?$/.exec(path);
  if (!room) return <Landing navigate={navigate} />;
  return (
    <Suspense fallback={<Loading />}>
      <RoomPage key={room[1]} roomId={room[1]} />
    </Suspense>
  );
}

/** The account's pages, each its own chunk: /account, /problems, /org/:orgId, /org-invite, /recover. */
function accountPage(path: string, navigate: (to: string) => void) {
  if (/^\/account\/?$/.test(path)) return <AccountPage navigate={navigate} />;
  if (/^\/problems\/?$/.test(path)) return <ProblemsPage navigate={navigate} />;
  if (/^\/org-invite\/?$/.test(path)) return <OrgInvitePage navigate={navigate} />;
  if (/^\/recover\/?$/.test(path)) return <RecoverPage navigate={navigate} />;
  const org = /^\/org\/([A-Za-z0-9_-]{1,64})\/?$/.exec(path);
  return org ? <OrgPage key={org[1]} orgId={org[1]} navigate={navigate} /> : null;
}

function Loading() {
  const { t } = useTranslation();
  return <div className="page-loading" aria-busy="true"><span className="spinner" /> {t("app.loading")}</div>;
}

// From the first moment: an error while loading the locale or rendering is reported too.
installErrorReporter();

// Only the active locale's strings are fetched (one small chunk) before the first render.
void initI18n().then(() => createRoot(document.getElementById("root")!).render(<App />));
