// French interface strings, typeset by hand (\u00A0 before ":", \u202F before ";!?" and inside « »).
// Keys added here must be added to en.ts too (a type error says so).
export const fr = {
  htmlLang: "fr",
  languageName: "Français",
  languageSwitch: "Langue",
  /** Language names in running French text: "En anglais". */
  inLanguage: { fr: "En français", en: "En anglais" },
  siteTagline: "Le blog",
  siteDescription:
    "Le blog du BearStudio\u00A0: développement web, produit, entrepreneuriat et vie de studio.",
  nav: { home: "Accueil", blog: "Blog", main: "Navigation principale" },
  skipToContent: "Aller au contenu",
  home: {
    title: "Le blog",
    intro: "Ce que nous apprenons en concevant des produits web, écrit par l’équipe du studio.",
    latest: "Derniers articles",
    allArticles: "Tous les articles",
  },
  blog: {
    title: "Tous les articles",
    intro: "Tous les articles du blog, du plus récent au plus ancien.",
    empty: "Aucun article n’est encore publié. Revenez bientôt\u202F!",
    pageTitle: (page: number) => `Tous les articles, page ${page}`,
  },
  pagination: {
    label: "Pages des articles",
    previous: "Plus récents",
    next: "Plus anciens",
    page: (page: number) => `Page ${page}`,
  },
  article: {
    readingTime: (minutes: number) => `${minutes} min de lecture`,
    by: "Par",
    publishedOn: "Publié le",
    categories: "Catégories",
    backToBlog: "Tous les articles",
  },
  author: {
    articles: "Ses articles",
    description: (name: string) => `Les articles de ${name} sur le blog du BearStudio.`,
    empty: (name: string) => `${name} n’a pas encore publié d’article ici.`,
  },
  category: {
    description: (label: string) =>
      `Les articles de la catégorie ${label}, du plus récent au plus ancien.`,
    empty: "Aucun article publié dans cette catégorie pour l’instant.",
  },
  assistants: { articles: "Articles en français", none: "Aucun article pour l’instant." },
  feeds: {
    rss: "Le blog du BearStudio (RSS)",
    atom: "Le blog du BearStudio (Atom)",
    json: "Le blog du BearStudio (JSON Feed)",
    title: "Le blog du BearStudio",
    label: "Flux",
  },
  notFound: {
    title: "Page introuvable",
    intro:
      "Cette adresse ne mène à aucune page du blog\u00A0: elle a peut-être changé, ou contient une faute de frappe.",
    home: "Retour à l’accueil",
    latest: "Les derniers articles",
  },
  callout: { info: "À noter", tip: "Astuce", warning: "Attention", danger: "Danger" },
  theme: { toggle: "Thème sombre" },
  toc: { title: "Sommaire" },
  share: {
    title: "Partager cet article",
    copyLink: "Copier le lien",
    copied: "Lien copié",
    copyFailed: "Copie impossible\u00A0: sélectionnez l’adresse dans la barre du navigateur.",
    native: "Partager…",
    linkedin: "LinkedIn",
    x: "X",
    email: "E-mail",
    on: (network: string) => `Partager sur ${network}`,
    byEmail: "Envoyer par e-mail",
    sectionCopied: "Lien de la section copié",
  },
  articleEnd: {
    label: "Autres articles",
    previous: "Article précédent",
    next: "Article suivant",
    related: "À lire aussi",
  },
  figure: { enlarge: "Agrandir l’image", close: "Fermer l’image" },
  search: {
    title: "Rechercher",
    description: "Rechercher dans les articles du blog.",
    open: "Rechercher",
    shortcut: "Raccourci\u00A0: / ou Ctrl+K",
    field: "Rechercher dans les articles",
    placeholder: "Un mot, un sujet…",
    submit: "Rechercher",
    close: "Fermer la recherche",
    loading: "Recherche…",
    // Plain strings: these labels go to the browser, where "{count}" is replaced.
    noResults: "Aucun résultat",
    oneResult: "1 résultat",
    results: "{count} résultats",
    unavailable: "La recherche n’a pas pu se charger. Réessayez dans un instant.",
    needsJs: "La recherche a besoin de JavaScript. Parcourez sinon tous les articles\u00A0:",
  },
  footer: {
    studio: "Le site du studio",
    rights: "Tous droits réservés.",
  },
  // Fields of imported catalogues (issue 13): revision date, tags, the studio's signature.
  catalogue: {
    updated: "Mis à jour le",
    tags: "Mots-clés",
    tagDescription: (label: string) => `Les articles sur ${label}, du plus récent au plus ancien.`,
    tagEmpty: "Aucun article publié avec ce mot-clé pour l’instant.",
    studio: (name: string) => `l’équipe du ${name}`,
  },
  footnotes: {
    label: "Notes",
    /** The "↩" link of note `note`; `call` counts the second, third… call of the same note. */
    backLabel: (note: number, call: number) =>
      `Retour à l’appel de note ${note}${call > 1 ? `-${call}` : ""}`,
  },
  preview: {
    draft: "Brouillon",
    scheduled: (date: string) => `Programmé le ${date}`,
    note: "Un aperçu\u00A0: cet article n’est pas publié, et aucun moteur de recherche ne voit cette page.",
  },
  fediverse: {
    bluesky: "Bluesky",
    mastodon: "Mastodon",
    onMastodon: "Partager sur Mastodon",
    pickInstance: "Choisissez votre instance\u00A0:",
    on: (instance: string) => `Partager sur ${instance}`,
    otherInstance: "Ou une autre instance",
    instanceHint: "Son nom, par exemple mastodon.social",
    submit: "Continuer",
    discuss: (network: string) => `Discuter sur ${network}`,
    sharePage: {
      title: "Partager sur Mastodon",
      description: "Partager un article du blog sur votre instance Mastodon.",
      // A plain string: it goes to the browser, where "{instance}" is replaced.
      confirm: "Ouvrir {instance} pour partager",
      invalid:
        "Ce nom d’instance n’est pas valide\u00A0: revenez à l’article et écrivez un nom tel que mastodon.social.",
      needsJs:
        "Sans JavaScript, cette page ne peut pas lire le nom de votre instance\u00A0: revenez à l’article et choisissez votre instance dans la liste.",
    },
  },
  code: { copy: "Copier le code", copied: "Code copié" },
  embed: {
    video: (provider: string) => `Vidéo sur ${provider}`,
    post: (provider: string) => `Publication sur ${provider}`,
    untitledVideo: "Regarder la vidéo",
    untitledPost: "Voir la publication",
  },
  lists: {
    count: (count: number) =>
      count === 0 ? "Aucun article" : count === 1 ? "1 article" : `${count} articles`,
    pageTitle: (title: string, page: number) => `${title}, page ${page}`,
    archives: "Archives",
    archivesIntro: "Tous les articles, année par année.",
    archivesLink: "Tous les articles par année",
  },
  series: {
    label: (label: string) => `Série\u00A0: ${label}`,
    part: (part: number, count: number) => `Partie ${part} sur ${count}`,
    next: "Partie suivante\u00A0:",
    last: "C’est la dernière partie de la série.",
    description: (label: string) => `Les parties de la série «\u00A0${label}\u00A0», dans l’ordre.`,
    empty: "Aucune partie de cette série n’est encore publiée.",
  },
  topicFeeds: {
    title: (label: string) => `Le blog du BearStudio\u00A0: ${label}`,
    description: (label: string) => `Les derniers articles\u00A0: ${label}.`,
    follow: "Suivre\u00A0:",
    pageTitle: "Flux",
    pageIntro:
      "Suivez tout le blog, une catégorie, un auteur ou un mot-clé dans votre lecteur de flux.",
    site: "Tout le blog",
    categories: "Par catégorie",
    authors: "Par auteur",
    footer: "Flux RSS, Atom et JSON",
  },
  tagFeeds: { heading: "Par mot-clé" },
};

export type Dictionary = typeof fr;
