/** The search form in the header of every page; it works without JavaScript (GET /zoeken?q=…). */
export function SearchBox({ q }: { q?: string }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: <form role=search> is the landmark every browser and screen reader knows
    <form role="search" action="/zoeken" method="get" className="mm-search">
      <label htmlFor="zoeken-kop" className="mm-search__label">
        Zoeken
      </label>
      <input
        id="zoeken-kop"
        type="search"
        name="q"
        defaultValue={q ?? ''}
        className="utrecht-textbox utrecht-textbox--html-input mm-search__input"
        autoComplete="off"
      />
      <button type="submit" className="utrecht-button utrecht-button--primary-action mm-search__button">
        Zoek
      </button>
    </form>
  );
}
