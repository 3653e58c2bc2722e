export function OptionsApp() {
  return (
    <main class="ll-options" data-ready="true">
      <h1>LockLens options</h1>
      <p>Your plan, limits, features and data will be set here.</p>
      <p class="ll-footnote ll-muted">
        Nothing LockLens keeps is sent anywhere: it lives in your browser's own storage.
      </p>
    </main>
  );
}
