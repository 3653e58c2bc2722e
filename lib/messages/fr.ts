/**
 * French texts, key for key the same as lib/messages/en.ts (test/i18n checks keys and `{params}`).
 *
 * Address: "vous", as in LinkedIn's French interface. LinkedIn's own French words are kept so the
 * texts point at what the user sees: Se connecter, Message, Suivre, Plus, En attente, relations
 * ("relation de 3e niveau"), invitation, note (the invitation note), publications, abonnement
 * (plan). Product names stay in English: LinkedIn, Premium, Sales Navigator, Recruiter (Lite),
 * InMail ("un InMail"). Open Profile is left in English too: we could not confirm the name LinkedIn's
 * French help uses ("Profil ouvert"?), and the English name is the one users search for.
 * French typography: no-break spaces before ":", ";", "?", "!" and inside « ».
 * Counts are written "Suggestions : {count}" where the number can be 1.
 */
export const FR: Record<string, string> = {
  'ext.name': 'LockLens',
  'ext.description':
    'Explique pourquoi un message LinkedIn est verrouillé et la prochaine étape légitime la moins chère. Tout reste sur votre appareil.',
  'ui.other-reasons': 'Autres raisons possibles ({count})',
  'ui.next-steps': 'Prochaines étapes, les moins chères d’abord',
  'ui.why': 'pourquoi ?',
  'ui.details-loading': 'Prise en compte de votre formule et de votre rythme…',
  'ui.details-unavailable': 'LockLens n’a pas pu expliquer ce profil pour l’instant. Rechargez la page pour réessayer.',
  'ui.cost.credit': 'utilise un crédit InMail',
  'ui.cost.paid': 'payant',
  'ui.hint-label': 'LockLens : {state} – pourquoi ?',
  'ui.hide-for-profile': 'Masquer sur ce profil',
  'ui.hide-for-person': 'Masquer pour cette personne',
  'ui.close': 'Fermer',
  'ui.show-more-menu': 'Afficher le menu « Plus »',
  'ui.show-connect': 'Afficher « Se connecter »',
  'ui.show-message': 'Afficher « Message »',
  'ui.show-posts': 'Afficher ses publications',
  'ui.unreadable': 'LockLens n’a pas pu lire cette page',
  'ui.unreadable.top-card-missing': 'L’en-tête du profil ne s’est pas affiché.',
  'ui.unreadable.not-a-profile-page': 'Ce n’est pas une page de profil.',
  'ui.unreadable.reader-error': 'LockLens ne reconnaît pas la mise en page de cette page.',
  'ui.unreadable.not-html': 'Ce n’est pas une page web.',
  'ui.popup.empty':
    'Ouvrez le profil LinkedIn d’une personne pour savoir pourquoi la messagerie est verrouillée et que faire ensuite.',
  'ui.popup.reading': 'Lecture du profil…',
  'ui.popup.quiet': 'Le mode discret est activé : LockLens donne ses explications ici uniquement.',
  'ui.pace.title': 'Votre rythme d’envoi',
  'ui.pace.empty':
    'Rien n’a encore été compté. Les invitations et messages que vous envoyez sur LinkedIn apparaîtront ici.',
  'ui.pace.of': '{used} sur {limit}',
  'ui.pace.near': 'Proche de la limite : ralentissez pendant quelques jours.',
  'ui.pace.reached':
    'À cette limite : continuer peut amener LinkedIn à restreindre vos invitations pendant environ une semaine.',
  'ui.pace.reached.notes':
    'Toutes les notes utilisées : LinkedIn ne bloque que la note ; les invitations sans note passent toujours.',
  'ui.pace.reached.messages': 'Repère de rythme atteint (celui de LockLens, pas une règle de LinkedIn) : ralentissez.',
  'ui.pace.reached.inmail':
    'Les crédits mensuels de votre abonnement sont utilisés ; des crédits reportés ou rendus peuvent rester.',
  'ui.pace.source-user': 'Votre propre limite',
  'ui.pace.guideline': 'LinkedIn limite les messages par période sans publier de chiffre',
  'ui.pace.invites': 'Invitations, 7 derniers jours',
  'ui.pace.frees-on': 'la plus ancienne sort du décompte le {date}',
  'ui.pace.notes': 'Notes d’invitation ce mois-ci (LinkedIn ne dit pas comment il compte)',
  'ui.pace.no-note-limit': 'Aucune limite mensuelle de notes avec votre abonnement',
  'ui.pace.inmail': 'InMails sur la période',
  'ui.pace.credits-unknown': 'crédits restants inconnus (ouvrez un InMail ou indiquez-les dans les options)',
  'ui.pace.credits-left': '{count} crédit restant | {count} crédits restants',
  'ui.pace.renews': 'renouvellement le {date}',
  'ui.pace.messages': 'Messages aujourd’hui',
  'ui.pace.followups': 'Relances sans réponse, 30 jours',
  'ui.pace.duplicates': 'Messages quasi identiques cette semaine',
  'ui.pace.duplicates-advice': 'personnalisez chacun',
  'ui.pace.chart': 'Envois par jour sur les 30 derniers jours',
  'ui.pace.line': 'Votre rythme en un coup d’œil',
  'ui.pace.line.invites': 'Invitations, 7 jours',
  'ui.pace.line.notes': 'Notes ce mois-ci',
  'ui.pace.line.inmail': 'InMails sur la période',
  'ui.pace.line.messages': 'Messages aujourd’hui',
  'ui.pace.line.near': 'proche de la limite',
  'ui.pace.line.reached': 'limite atteinte',
  'ui.pace.line.details': 'Voir tout votre rythme plus bas',
  'ui.pace.what-counts':
    'Compté sur cet appareil d’après ce que LinkedIn a confirmé à l’écran : des événements uniquement, jamais de noms ni de textes de messages.',
  'ui.kind.invite-note': 'Invitation avec note',
  'ui.kind.invite': 'Invitation',
  'ui.kind.message': 'Message',
  'ui.kind.followup': 'Relance',
  'ui.kind.inmail': 'InMail',
  'ui.composer.title': 'LockLens',
  'ui.composer.looks-good': 'Semble personnel et clair.',
  'ui.composer.count': '{count} suggestion | {count} suggestions',
  'ui.composer.hide': 'Masquer ici',
  'ui.composer.pace-near': 'Messages envoyés aujourd’hui : {sent} ; votre repère de rythme est de {pace}.',
  'ui.composer.label': 'Suggestions de LockLens pour ce texte',
  'ui.options.title': 'Options de LockLens',
  'ui.options.saved': 'Enregistré.',
  'ui.options.whole-number': 'Saisissez un nombre entier de {min} à {max}. Rien n’a été enregistré.',
  'ui.options.account': 'Votre compte LinkedIn',
  'ui.options.detected':
    'LinkedIn vous a proposé un essai gratuit de Premium, qu’il ne montre qu’aux membres sans Premium. Votre abonnement est-il « {plan} » ?',
  'ui.options.use-detected': 'Oui, l’utiliser',
  'ui.options.keep-mine': 'Non, garder mon choix',
  'ui.options.plan': 'Abonnement',
  'ui.options.credits': 'Crédits InMail restants',
  'ui.options.credits-hint':
    'Laissez vide si vous ne savez pas ; LockLens lit aussi la ligne de crédits de la fenêtre InMail.',
  'ui.options.renewal': 'Jour du mois où votre abonnement se renouvelle',
  'ui.options.open-profile': 'Mon propre profil est un Open Profile (tout le monde peut m’écrire gratuitement)',
  'ui.options.limits': 'Limites',
  'ui.options.limits-intro':
    'LinkedIn publie peu de chiffres. Voici les valeurs par défaut de votre abonnement et l’origine de chacune ; indiquez les vôtres si vous en savez plus.',
  'ui.options.default': 'Par défaut : {value} ({source})',
  'ui.options.no-default': 'Aucune limite de ce type avec votre abonnement ({source})',
  'ui.limit.invites-per-week': 'Invitations par semaine (glissante ou calendaire : LinkedIn ne le dit pas)',
  'ui.limit.notes-per-month': 'Notes d’invitation par mois (mois civil ou 30 derniers jours : LinkedIn ne le dit pas)',
  'ui.limit.note-length': 'Longueur de la note d’invitation (caractères)',
  'ui.limit.inmail-credits-per-month': 'Crédits InMail par mois',
  'ui.limit.messages-per-day': 'Messages par jour (votre repère de rythme)',
  'ui.limit-note.inmail-credits-per-month':
    'Les crédits non utilisés sont reportés jusqu’à un plafond et expirent après 90 jours ; les crédits Premium ne servent ni dans Sales Navigator ni dans Recruiter.',
  'ui.options.features': 'Sur LinkedIn',
  'ui.options.toggle.hintsEnabled': 'Afficher l’indication sur les profils',
  'ui.options.toggle.quietMode':
    'Mode discret : ne rien insérer dans la page de LinkedIn (l’icône de la barre d’outils et la fenêtre de LockLens expliquent toujours)',
  'ui.options.toggle.composerChecks': 'Vérifier les messages et les notes d’invitation pendant que je les écris',
  'ui.options.toggle.listMarks':
    'Afficher un cadenas ou une coche à côté de chaque personne dans les résultats de recherche et « Réseau »',
  'ui.options.warn-at': 'Avertir à partir de cette part d’une limite (pourcentage)',
  'ui.options.retention': 'Nombre de jours d’historique d’envoi détaillé à conserver',
  'ui.options.retention-hint': 'Les envois plus anciens ne sont conservés que sous forme de totaux quotidiens.',
  'ui.options.data': 'Vos données',
  'ui.options.stored': 'LockLens conserve, uniquement dans le stockage de votre navigateur :',
  'ui.options.stored-settings':
    'vos paramètres (stockage synchronisé du navigateur, pour qu’ils vous suivent dans vos autres navigateurs), avec le nombre quotidien de vos envois par navigateur ;',
  'ui.options.stored-ledger':
    'vos envois sous forme d’événements (type, heure, un hachage salé du destinataire, une empreinte salée du texte), jamais de noms ni de textes de messages (stockage local) ;',
  'ui.options.stored-hidden':
    'des hachages salés des profils sur lesquels vous avez masqué l’indication (stockage local);',
  'ui.options.stored-own-profile':
    'un résumé de votre propre profil LinkedIn, lu quand vous l’ouvrez : les parties qu’il montre, votre nombre de relations et la date (stockage local ; jamais le profil de quelqu’un d’autre);',
  'ui.options.stored-saved':
    'les personnes que vous enregistrez pour plus tard, avec votre note et votre rappel (stockage local ; les plus récemment modifiées sont aussi synchronisées).',
  'ui.options.never-sent': 'Rien n’est jamais envoyé à un serveur : LockLens n’effectue aucune requête réseau.',
  'ui.options.export': 'Tout exporter',
  'ui.options.exported': 'Exporté dans vos téléchargements.',
  'ui.options.import': 'Importer un fichier…',
  'ui.options.imported': 'Importé. Tout le contenu du fichier est désormais utilisé.',
  'ui.options.import-failed': 'Le fichier n’a pas pu être importé ; rien n’a été modifié.',
  'ui.options.reset': 'Tout réinitialiser…',
  'ui.options.reset-confirm': 'Supprimer tous les paramètres et compteurs de ce navigateur ?',
  'ui.options.reset-yes': 'Oui, tout supprimer',
  'ui.options.cancel': 'Annuler',
  'ui.options.reset-done': 'Tout a été supprimé. LockLens repart de zéro.',
  'ui.has-news': 'Du nouveau, ou vous avez déjà contacté cette personne',
  'ui.contact.invite': 'Vous avez invité cette personne {when}.',
  'ui.contact.invite-note': 'Vous avez invité cette personne avec une note {when}.',
  'ui.contact.message': 'Vous avez écrit à cette personne {when}.',
  'ui.contact.followup': 'Vous avez relancé cette personne {when}.',
  'ui.contact.inmail': 'Vous avez envoyé un InMail à cette personne {when}.',
  'saved.now-connected': 'Désormais relation de 1er niveau : vous pouvez lui écrire gratuitement.',
  'saved.still-pending': 'Votre invitation est toujours en attente après {weeks} semaines.',
  'saved.invitation-gone': 'Votre invitation n’est plus en attente (retirée ou ignorée).',
  'saved.closer': 'Désormais relation de 2e niveau : vous avez une relation en commun.',
  'saved.follow-up-due': 'C’est le moment de relancer cette personne.',
  'ui.save.open': 'Enregistrer…',
  'ui.save.update': 'Mettre à jour l’entrée enregistrée…',
  'ui.save.note': 'Note (facultative, uniquement sur cet appareil)',
  'ui.save.follow-up': 'Me le rappeler',
  'ui.save.no-follow-up': 'Pas de rappel',
  'ui.save.in-days': 'Dans {count} jours',
  'ui.save.save': 'Enregistrer',
  'ui.save.done': 'Enregistré dans votre liste.',
  'ui.save.done-follow-up': 'Enregistré. L’icône de la barre d’outils le comptera comme à relancer à partir du {date}.',
  'ui.save.list-full':
    'Votre liste est pleine (2 000 personnes). Retirez-en d’abord quelques-unes dans la fenêtre de LockLens.',
  'ui.save.failed': 'Échec de l’enregistrement : rechargez la page et réessayez.',
  'ui.saved.title': 'Enregistrés pour plus tard',
  'ui.saved.due': 'à relancer : {count}',
  'ui.toolbar.follow-ups-due': 'LockLens : {count} relance à faire | LockLens : {count} relances à faire',
  'ui.saved.empty':
    'Personne n’est encore enregistré. Sur un profil, ouvrez l’indication ou cette fenêtre et choisissez « Enregistrer… ».',
  'ui.saved.follow-up': 'relancer le {date}',
  'ui.saved.was-due': 'à relancer depuis le {date}',
  'ui.saved.mark-done': 'Fait',
  'ui.saved.remove': 'Retirer',
  'ui.saved.show-more': 'Afficher {count} de plus',
  'ui.own-profile.title': 'Votre profil',
  'ui.own-profile.never-read': 'Ouvrez une fois votre propre profil LinkedIn pour que LockLens puisse le vérifier.',
  'ui.own-profile.nothing-missing': 'Rien ne manque de ce que LockLens a pu voir.',
  'ui.own-profile.missing.photo': 'Ajoutez une photo',
  'ui.own-profile.missing.headline': 'Rédigez un titre',
  'ui.own-profile.missing.about': 'Rédigez une section Infos',
  'ui.own-profile.missing.experience': 'Ajoutez votre expérience',
  'ui.own-profile.missing.activity': 'Publiez ou commentez de temps en temps',
  'ui.own-profile.missing.network':
    'Développez votre réseau ({count} relation) | Développez votre réseau ({count} relations)',
  'ui.own-profile.unchecked': 'Non vérifié : {parts}.',
  'ui.own-profile.part.photo': 'photo',
  'ui.own-profile.part.headline': 'titre',
  'ui.own-profile.part.about': 'Infos',
  'ui.own-profile.part.experience': 'expérience',
  'ui.own-profile.part.activity': 'publications récentes',
  'ui.own-profile.part.connections': 'relations',
  'ui.own-profile.read': 'Lu {when} · ouvrez votre profil pour actualiser',
  'ui.own-profile.source':
    'Conseil de la communauté, pas une règle de LinkedIn : un profil complet et un réseau plus large obtiennent peut-être plus de réponses.',
  'ui.options.save-failed':
    'Enregistrement impossible : votre navigateur l’a refusé (son stockage synchronisé est peut-être plein). Rien n’a été modifié.',
  'ui.problems.title': 'LockLens a rencontré un problème avec ses données enregistrées',
  'ui.problems.settings-newer-version':
    'Vos paramètres ont été enregistrés par une version plus récente de LockLens. Cette version les utilise dans la mesure où elle les comprend, sans les modifier ; mettez LockLens à jour pour en profiter pleinement.',
  'ui.problems.settings-fields-reset':
    'Certains paramètres étaient endommagés et ont repris leur valeur par défaut : {detail}.',
  'ui.problems.ledger-recovered':
    'Votre historique d’envoi était endommagé. LockLens a gardé ce qui était encore valide ({detail}) et mis l’original de côté.',
  'ui.problems.saved-recovered':
    'Votre liste de personnes enregistrées était endommagée. LockLens a gardé ce qui était encore valide ({detail}) et mis l’original de côté.',
  'ui.problems.own-profile-unreadable':
    'Le résumé de votre propre profil était endommagé et n’est pas utilisé : ouvrez votre profil LinkedIn pour qu’il soit relu.',
  'ui.problems.sync-quota':
    'Le stockage synchronisé de votre navigateur est plein : LockLens conserve tout dans ce navigateur, mais vos autres navigateurs risquent de ne pas le recevoir.',
  'ui.problems.dismiss': 'Compris',
  'ui.privacy-line': 'Tout ce que LockLens lit et compte reste sur cet appareil.',
  'messaging.free': 'Message gratuit',
  'messaging.locked': 'Message verrouillé',
  'messaging.unknown': 'Message : statut incertain',
  // The list marks (search results, My Network): one line each, from the verdict.
  'ui.mark.locked': 'Verrouillé : {cause}',
  'ui.mark.step': '{step} ({cost})',
  'ui.cost.free': 'gratuit',
  'ui.mark.cause.not-connected': 'pas en relation',
  'ui.mark.cause.invitation-pending': 'invitation en attente',
  'ui.mark.cause.out-of-network': 'hors de votre réseau',
  'ui.mark.cause.needs-premium-for-inmail': 'InMail exige un abonnement payant',
  'ui.mark.cause.inmail-credits-exhausted': 'plus de crédits InMail',
  'ui.mark.cause.recipient-may-block-inmail': 'InMail peut-être refusé',
  'ui.mark.cause.follow-only-profile': '« Suivre » est son bouton principal',
  'ui.mark.cause.connection-cap-reached': 'vous avez 30 000 relations',
  'ui.mark.cause.invite-limit-near': 'proche de la limite hebdomadaire d’invitations',
  'ui.mark.cause.invitations-outstanding': 'beaucoup d’invitations en attente',
  'ui.mark.cause.note-quota-used': 'notes d’invitation épuisées',
  'ui.mark.cause.sending-pace-high': 'beaucoup de messages aujourd’hui',
  'ui.mark.cause.sender-profile-incomplete': 'votre profil est incomplet',
  'ui.mark.cause.sender-network-small': 'votre réseau est petit',
  'ui.mark.cause.recipient-message-cap': 'un plafond de messages non vérifié',
  'ui.mark.cause.repeated-text': 'textes presque identiques',
  'ui.mark.cause.own-profile': 'votre propre profil',
  'ui.mark.cause.page-unclear': 'niveau de relation invisible',

  'source.official': 'Règle officielle de LinkedIn',
  'source.observed': 'Constaté sur la page',
  'source.community': 'Affirmation de la communauté, non confirmée par LinkedIn',
  'source.lockLens-guideline': 'Repère propre à LockLens, pas une règle de LinkedIn',
  'basis.help': 'Aide LinkedIn {source} · vérifié le {checked}',
  'basis.web': 'Signalé sur {source} · vérifié le {checked}',

  // Shown after "Cette personne : " (evidence.degree) and in the CLI's "(…)".
  'degree.1st': 'relation de 1er niveau',
  'degree.2nd': 'relation de 2e niveau',
  'degree.3rd': 'relation de 3e niveau',
  'degree.out-of-network': 'hors de votre réseau',
  'degree.self': 'votre propre profil',
  'degree.unknown': 'niveau de relation inconnu',

  'plan.free': 'Gratuit (Basic)',
  'plan.premium-career': 'Premium Career',
  'plan.premium-business': 'Premium Business',
  'plan.sales-navigator': 'Sales Navigator',
  'plan.recruiter-lite': 'Recruiter Lite',
  'plan.recruiter': 'Recruiter',

  'cause.not-connected':
    'Vous n’êtes pas en relation : les messages gratuits vont à vos relations, et aux autres seulement sous forme de demande de message (groupe commun, collègue actuel) ou via leur Open Profile.',
  'cause.invitation-pending':
    'Votre invitation est toujours en attente : vous pourrez écrire gratuitement à cette personne dès qu’elle l’aura acceptée.',
  'cause.out-of-network':
    'Cette personne est hors de votre réseau : LinkedIn offre donc moins de moyens de la joindre.',
  'cause.needs-premium-for-inmail':
    'Sans voie gratuite (groupe commun, collègue actuel, Open Profile), écrire à quelqu’un qui ne fait pas partie de vos relations demande un InMail, réservé aux abonnements payants.',
  'cause.inmail-credits-exhausted':
    'Vous n’avez plus de crédits InMail : ils se renouvellent avec votre abonnement, et un crédit revient chaque fois qu’un InMail est accepté, refusé ou reçoit une réponse sous 90 jours.',
  'cause.recipient-may-block-inmail':
    'Les membres peuvent refuser les InMails et les messages de personnes qu’ils ne connaissent pas.',
  'cause.follow-only-profile':
    'Ce membre a fait de « Suivre » son bouton principal ; « Se connecter » est masqué ou désactivé.',
  'cause.connection-cap-reached':
    'Vous avez 30 000 relations, le maximum de LinkedIn : vous pouvez suivre des personnes, mais plus vous connecter à de nouvelles.',
  'cause.invite-limit-near':
    'Vous approchez de la limite hebdomadaire d’invitations (LinkedIn ne publie aucun chiffre).',
  'cause.invitations-outstanding':
    'Beaucoup de vos invitations sont peut-être encore en attente : LinkedIn peut restreindre les invitations quand trop restent en suspens.',
  'cause.note-quota-used':
    'Vous avez utilisé toutes vos notes d’invitation personnalisées de ce mois-ci (LinkedIn ne dit pas comment il compte le mois).',
  'cause.sending-pace-high': 'Vous envoyez beaucoup de messages aujourd’hui, selon le repère de rythme de LockLens.',
  'cause.sender-profile-incomplete': 'Un profil incomplet peut rendre vos messages moins dignes de confiance.',
  'cause.sender-network-small': 'Un petit réseau peut rendre LinkedIn et les destinataires plus prudents.',
  'cause.recipient-message-cap':
    'Non vérifié : un article affirme que les membres ne peuvent recevoir qu’un nombre limité de messages par mois ; aucune source ne le confirme.',
  'cause.repeated-text': 'Vous avez envoyé des textes quasi identiques à plusieurs personnes cette semaine.',
  'cause.own-profile': 'C’est votre propre profil.',
  'cause.page-unclear': 'LockLens n’a pas pu lire votre niveau de relation sur cette page.',

  // Evidence fragments are joined with "; " and end with ".", like the English ones.
  'evidence.degree': 'Cette personne : {degree}',
  'evidence.premium-badge': 'cette personne affiche un badge Premium, donc Open Profile est possible',
  'evidence.no-open-profile-sign': 'pas de badge Premium, donc aucun signe d’Open Profile',
  'evidence.self': 'vous consultez votre propre profil',
  'evidence.degree-unread': 'aucun niveau de relation visible',
  'evidence.pending': 'le profil indique « En attente »',
  'evidence.no-connect': 'aucun bouton « Se connecter »',
  'evidence.no-connect-cap':
    'aucun bouton « Se connecter » : un réglage de la personne, ou l’un de vous a atteint le maximum LinkedIn de 30 000 relations',
  'evidence.shared-group': 'vous partagez un groupe : une demande de message est gratuite',
  'evidence.shared-company':
    'LinkedIn met en avant une entreprise commune : si vous y travaillez tous deux aujourd’hui, une demande de message est gratuite',
  'evidence.incoming-invitation': 'cette personne vous a invité : acceptez, et vous pourrez lui écrire gratuitement',
  'evidence.past-contact': 'vous lui avez déjà écrit : cette conversation est peut-être encore ouverte',
  'evidence.old-invitations':
    '{count} invitations envoyées il y a plus de deux semaines à des personnes à qui vous n’avez pas écrit depuis ; LockLens ne voit pas lesquelles sont encore en attente',
  'evidence.message-limit-exists': 'LinkedIn limite les messages par période sans publier de chiffre',
  'evidence.connect-offered': '« Se connecter » est proposé',
  'evidence.follow-primary': '« Suivre » est son premier bouton',
  'evidence.connect-in-more': '« Se connecter » est dans le menu « Plus »',
  'evidence.plan': 'votre abonnement : {plan}',
  'evidence.credits': 'crédits InMail restants : {credits}',
  'evidence.setting-not-visible': 'la page n’affiche pas ce réglage',
  'evidence.invites-used': '{used} invitations sur environ {limit} utilisées en 7 jours',
  'evidence.notes-used': 'les {quota} notes de ce mois sont toutes utilisées',
  'evidence.messages-today': 'messages aujourd’hui : {sent} ; votre repère de rythme : {pace}',
  'evidence.near-duplicates': '{count} messages quasi identiques cette semaine',
  'evidence.profile-completeness': 'votre profil est complet à environ {percent} %',
  'evidence.own-connections': 'vos relations : {count}',
  'evidence.unconfirmed-claim': 'LinkedIn ne le confirme pas',
  'evidence.open-to-work':
    'cette personne est à l’écoute d’opportunités, une prise de contact pertinente sera donc sans doute bienvenue',
  'evidence.hiring': 'cette personne recrute, des candidatures pertinentes seront donc sans doute bienvenues',
  'evidence.no-photo-hint':
    'pas de photo de profil : certains affirment que ces membres restreignent les messages (non confirmé)',
  'evidence.large-network-hint':
    '500+ relations : certains affirment que ces membres acceptent plus de messages (non confirmé)',
  'evidence.active-poster-hint': 'cette personne publie et répond : signe qu’elle lit ses messages (non confirmé)',

  'step.message-now': 'Envoyer un message maintenant',
  'step.message-now.why': 'Vous êtes en relation : les messages sont gratuits.',
  'step.accept-invitation': 'Accepter et écrire',
  'step.accept-invitation.why':
    'Cette personne vous a invité : acceptez, et vous serez en relation et pourrez écrire gratuitement. Certains voient une zone de réponse sur l’invitation avant même d’accepter.',
  'step.reply-in-conversation': 'Poursuivre votre conversation',
  'step.reply-in-conversation.why':
    'Vous lui avez déjà écrit : ouvrez cette conversation dans votre messagerie et, si la personne a répondu, poursuivez-la.',
  'step.try-message-open-profile': 'Essayer « Message » (Open Profile)',
  'step.try-message-open-profile.why':
    'Les membres Premium peuvent activer Open Profile : tout le monde peut alors leur écrire gratuitement, sans compte payant. LinkedIn limite ces messages par période et les membres peuvent les désactiver ; la fenêtre de rédaction indique si c’est gratuit.',
  'step.message-via-shared-group': 'Écrire via votre groupe commun',
  'step.message-via-shared-group.why': 'Les membres d’un même groupe peuvent s’envoyer une demande de message.',
  'step.message-request-coworker': 'Envoyer une demande de message entre collègues',
  'step.message-request-coworker.why':
    'Si vous travaillez tous deux dans cette entreprise aujourd’hui, LinkedIn vous permet de lui envoyer gratuitement une demande de message.',
  'step.wait-for-acceptance': 'Attendre son acceptation',
  'step.wait-for-acceptance.why':
    'Une fois l’invitation acceptée, vous pourrez écrire gratuitement. Si vous la retirez, vous ne pourrez plus inviter cette personne pendant 3 semaines au maximum.',
  'step.connect-with-note': 'Se connecter avec une note',
  'step.connect-with-note.why':
    'Gratuit. Dites en une phrase pourquoi vous voulez vous connecter. Notes restantes ce mois-ci : {left}.',
  'step.connect-with-note.why-unlimited': 'Gratuit. Dites en une phrase pourquoi vous voulez vous connecter.',
  'step.connect-from-more-menu': 'Se connecter via le menu « Plus »',
  'step.connect-from-more-menu.why':
    '« Se connecter » se trouve sous « Plus ». Gratuit ; ajoutez une courte note personnelle.',
  'step.connect-from-more-menu.why-no-note':
    '« Se connecter » se trouve sous « Plus ». Vos notes de ce mois-ci sont épuisées : envoyez l’invitation sans note.',
  'step.connect-without-note': 'Se connecter sans note',
  'step.connect-without-note.why': 'Gratuit, et n’utilise aucune de vos notes mensuelles.',
  'step.connect-without-note.why-quota':
    'Vos notes de ce mois-ci sont épuisées ; une invitation sans note fonctionne quand même.',
  'step.engage-with-posts': 'Réagir d’abord à ses publications',
  'step.engage-with-posts.why': 'Un commentaire réfléchi rend votre nom familier avant votre prise de contact.',
  'step.mention-in-post': 'La mentionner là où cela la concerne',
  'step.mention-in-post.why':
    'Certains conseillent de la mentionner dans une publication ou un commentaire sur son travail, pour qu’elle vous remarque. Seulement là où cela la concerne vraiment : une mention lui envoie une notification.',
  'step.ask-mutual-for-intro': 'Demander une présentation à une relation commune',
  'step.ask-mutual-for-intro.why':
    'Relations en commun : {count}. Une présentation par une personne connue vaut mieux qu’un message à froid.',
  'step.slow-down': 'Ralentir',
  'step.slow-down.why':
    'Vous envoyez beaucoup, selon le repère de rythme de LockLens : étalez vos messages sur quelques jours et écrivez chacun pour son destinataire.',
  'step.slow-down.why-invites':
    'Vous approchez de la limite hebdomadaire d’invitations : attendez quelques jours. Si LinkedIn restreint vos invitations, son assistance ne peut pas lever la restriction plus tôt.',
  'step.withdraw-old-invitations': 'Retirer les anciennes invitations',
  'step.withdraw-old-invitations.why':
    'Dans Réseau, parmi les invitations envoyées, retirez celles encore en attente après deux semaines : LinkedIn peut restreindre les invitations quand trop restent en suspens. Un membre dont vous retirez l’invitation ne peut pas être réinvité pendant 3 semaines au maximum.',
  'step.complete-your-profile': 'Compléter votre profil',
  'step.complete-your-profile.why':
    'Une photo, un titre et vos expériences donnent plus envie d’accepter votre invitation.',
  'step.complete-your-profile.why-self':
    'C’est vous : un profil complet aide vos propres invitations à être acceptées.',
  'step.send-inmail': 'Envoyer un InMail',
  'step.send-inmail.why':
    'Utilise 1 crédit (il vous en reste {credits}) ; il vous revient si la personne accepte, refuse ou répond sous 90 jours.',
  'step.send-inmail.why-unknown':
    'Utilise 1 crédit ; il vous revient si la personne accepte, refuse ou répond sous 90 jours.',
  'step.send-inmail.why-again':
    'Vous lui avez déjà envoyé un InMail : les pages d’aide de LinkedIn divergent sur la possibilité d’en envoyer un autre avant sa réponse, et cela coûterait un crédit de plus.',
  'step.upgrade': 'Passer à un abonnement payant pour envoyer des InMails',
  'step.upgrade.why':
    'Un abonnement payant inclut des crédits InMail chaque mois. Intéressant seulement si vous écrivez souvent à des personnes hors de vos relations.',
  'step.save-for-later': 'Enregistrer pour plus tard',
  'step.save-for-later.why':
    'Pas maintenant ? Gardez cette personne dans votre liste et revenez quand une voie s’ouvrira.',
  'step.save-for-later.why-pending': 'Gardez cette personne dans votre liste et revenez voir quand elle aura accepté.',

  // The composer checker (lib/composer/messages-en.ts).
  'composer.not-personal.reason':
    'Rien ici ne parle encore de cette personne : ni nom, ni entreprise, ni détail de son profil.',
  'composer.not-personal.suggestion':
    'Ajoutez un détail qui montre que vous avez lu son profil : son nom, son entreprise ou un sujet sur lequel elle travaille.',

  'composer.no-reason-up-front.reason': 'La première phrase ne dit pas pourquoi vous écrivez.',
  'composer.no-reason-up-front.suggestion':
    'Commencez par la raison, par ex. « Je vous contacte parce que… », puis le reste.',

  'composer.promotional.reason': '« {phrase} » ressemble à un argumentaire commercial.',
  'composer.promotional.suggestion':
    'Laissez l’argumentaire de côté au premier contact : dites pourquoi vous vous adressez à cette personne, et proposez des détails si elle est intéressée.',

  'composer.link-in-first-message.reason':
    'Un lien dans un premier message ou une note peut être filtré comme spam : LinkedIn déplace les premiers messages signalés de nouveaux contacts dans le dossier spam.',
  'composer.link-in-first-message.suggestion':
    'Retirez le lien pour l’instant et proposez de l’envoyer une fois que la personne aura répondu.',

  'composer.phone-in-first-message.reason':
    'Un numéro de téléphone dans un premier message invite à poursuivre hors de LinkedIn, ce que les règles anti-spam de LinkedIn qualifient d’infraction : le message peut être filtré comme spam.',
  'composer.phone-in-first-message.suggestion':
    'Laissez la personne choisir comment échanger : proposez un appel une fois qu’elle aura répondu.',

  'composer.too-long.reason': '{length} caractères : au-delà de la limite de {limit} pour ce champ.',
  'composer.too-long.suggestion': 'Réduisez à {limit} caractères : gardez la raison et un détail personnel.',
  'composer.too-long.reason-near': '{length} caractères sur {limit} : proche de la limite.',
  'composer.too-long.suggestion-near': 'C’est bien ainsi ; tout ajout compte dans les {limit}.',
  'composer.too-long.reason-unpublished':
    '{length} caractères : plus de {limit}, une longueur que LinkedIn ne publie pas ; un message plus court est plus sûr.',
  'composer.too-long.reason-near-unpublished':
    '{length} caractères sur environ {limit}, une longueur que LinkedIn ne publie pas.',

  // {count} is 2 or more here; a single earlier message has its own text (reason-one).
  'composer.near-duplicate.reason': 'Ce texte ressemble à {count} messages que vous avez envoyés cette semaine.',
  'composer.near-duplicate.reason-one': 'Ce texte ressemble à un message que vous avez envoyé cette semaine.',
  'composer.near-duplicate.suggestion':
    'Réécrivez-le pour cette personne : le même texte envoyé à beaucoup de gens ressemble à un envoi de masse.',

  'composer.notes-running-out.reason': 'Notes personnalisées restantes ce mois-ci avec un compte gratuit : {left}.',
  'composer.notes-running-out.suggestion':
    'Réservez les notes aux personnes qui ont besoin de contexte ; une invitation sans note passe quand même.',

  'composer.invites-running-out.reason': 'Invitations restantes cette semaine, selon le décompte de LockLens : {left}.',
  'composer.invites-running-out.suggestion':
    'Utilisez-les pour des personnes que vous avez une vraie raison de rencontrer ; le compteur se libère à mesure que les invitations plus anciennes sortent de la période.',
};
