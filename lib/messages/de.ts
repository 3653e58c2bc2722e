/**
 * German texts, key for key the same as lib/messages/en.ts (test/i18n checks keys and `{params}`).
 *
 * Address: "Sie", as in LinkedIn's German interface. LinkedIn's own German words are kept so the
 * texts point at what the user sees: Vernetzen, Nachricht, Folgen, Mehr, Ausstehend, Kontakte
 * ("Kontakt 3. Grades"), Einladung, Notiz (the invitation note), Beiträge, Mitgliedschaft (plan).
 * Product names stay in English: LinkedIn, Premium, Sales Navigator, Recruiter (Lite), InMail
 * ("die InMail"), and Open Profile, which LinkedIn's German help also leaves untranslated as far as
 * we know. Counts are written "Vorschläge: {count}" where the number can be 1.
 */
export const DE: Record<string, string> = {
  'ext.name': 'LockLens',
  'ext.description':
    'Erklärt, warum LinkedIn Nachrichten sperrt, und nennt den günstigsten seriösen nächsten Schritt. Alles bleibt auf Ihrem Gerät.',
  'ui.other-reasons': 'Weitere mögliche Gründe ({count})',
  'ui.next-steps': 'Nächste Schritte, günstigste zuerst',
  'ui.why': 'warum?',
  'ui.details-loading': 'Wird mit Ihrem Tarif und Ihrem Tempo abgeglichen …',
  'ui.details-unavailable':
    'LockLens konnte dieses Profil gerade nicht erklären. Laden Sie die Seite neu, um es noch einmal zu versuchen.',
  'ui.cost.credit': 'kostet einen InMail-Credit',
  'ui.cost.paid': 'kostenpflichtig',
  'ui.hint-label': 'LockLens: {state} – warum?',
  'ui.hide-for-profile': 'Auf diesem Profil ausblenden',
  'ui.hide-for-person': 'Für diese Person ausblenden',
  'ui.close': 'Schließen',
  'ui.show-more-menu': 'Menü „Mehr“ zeigen',
  'ui.show-connect': '„Vernetzen“ zeigen',
  'ui.show-message': '„Nachricht“ zeigen',
  'ui.show-posts': 'Beiträge der Person zeigen',
  'ui.unreadable': 'LockLens konnte diese Seite nicht lesen',
  'ui.unreadable.top-card-missing': 'Der Kopfbereich des Profils ist nicht erschienen.',
  'ui.unreadable.not-a-profile-page': 'Dies ist keine Profilseite.',
  'ui.unreadable.reader-error': 'LockLens kennt den Aufbau dieser Seite nicht.',
  'ui.unreadable.not-html': 'Dies ist keine Webseite.',
  'ui.popup.empty':
    'Öffnen Sie ein LinkedIn-Profil, um zu sehen, warum Nachrichten gesperrt sind und was Sie als Nächstes tun können.',
  'ui.popup.reading': 'Profil wird gelesen…',
  'ui.popup.quiet': 'Der stille Modus ist an: LockLens zeigt seine Erklärung nur hier.',
  'ui.pace.title': 'Ihr Sendetempo',
  'ui.pace.empty': 'Noch nichts gezählt. Einladungen und Nachrichten, die Sie auf LinkedIn senden, erscheinen hier.',
  'ui.pace.of': '{used} von {limit}',
  'ui.pace.near': 'Fast am Limit: Senden Sie ein paar Tage lang weniger.',
  'ui.pace.reached':
    'An diesem Limit: Wenn Sie weitermachen, kann LinkedIn Ihre Einladungen für etwa eine Woche einschränken.',
  'ui.pace.reached.notes':
    'Alle Notizen genutzt: LinkedIn sperrt nur die Notiz; Einladungen ohne Notiz gehen weiterhin.',
  'ui.pace.reached.messages':
    'Ihr Richtwert ist erreicht (der von LockLens, keine Regel von LinkedIn): Drosseln Sie das Tempo.',
  'ui.pace.reached.inmail':
    'Die monatlichen Credits Ihrer Mitgliedschaft sind verbraucht; übertragene oder zurückerhaltene Credits können übrig sein.',
  'ui.pace.source-user': 'Ihr eigenes Limit',
  'ui.pace.guideline': 'LinkedIn begrenzt Nachrichten pro Zeitraum, nennt aber keine Zahl',
  'ui.pace.invites': 'Einladungen, letzte 7 Tage',
  'ui.pace.frees-on': 'die älteste fällt am {date} aus dem Zeitraum',
  'ui.pace.notes': 'Notizen zu Einladungen in diesem Monat (LinkedIn sagt nicht, wie es zählt)',
  'ui.pace.no-note-limit': 'Ihre Mitgliedschaft hat kein monatliches Notizlimit',
  'ui.pace.inmail': 'InMails in diesem Zeitraum',
  'ui.pace.credits-unknown':
    'verbleibende Credits unbekannt (öffnen Sie eine InMail oder tragen Sie sie in den Optionen ein)',
  'ui.pace.credits-left': '{count} Credit übrig | {count} Credits übrig',
  'ui.pace.renews': 'Erneuerung am {date}',
  'ui.pace.messages': 'Nachrichten heute',
  'ui.pace.followups': 'Folgenachrichten ohne Antwort, 30 Tage',
  'ui.pace.duplicates': 'Fast gleiche Nachrichten diese Woche',
  'ui.pace.duplicates-advice': 'jede persönlich formulieren',
  'ui.pace.chart': 'Gesendet pro Tag in den letzten 30 Tagen',
  'ui.pace.line': 'Ihr Tempo auf einen Blick',
  'ui.pace.line.invites': 'Einladungen, 7 Tage',
  'ui.pace.line.notes': 'Notizen diesen Monat',
  'ui.pace.line.inmail': 'InMails im Zeitraum',
  'ui.pace.line.messages': 'Nachrichten heute',
  'ui.pace.line.near': 'fast am Limit',
  'ui.pace.line.reached': 'Limit erreicht',
  'ui.pace.line.details': 'Ihr ganzes Tempo unten zeigen',
  'ui.pace.what-counts':
    'Auf diesem Gerät gezählt, nach dem, was LinkedIn auf dem Bildschirm bestätigt hat: nur Ereignisse, nie Namen oder Nachrichtentexte.',
  'ui.kind.invite-note': 'Einladung mit Notiz',
  'ui.kind.invite': 'Einladung',
  'ui.kind.message': 'Nachricht',
  'ui.kind.followup': 'Folgenachricht',
  'ui.kind.inmail': 'InMail',
  'ui.composer.title': 'LockLens',
  'ui.composer.looks-good': 'Wirkt persönlich und klar.',
  'ui.composer.count': '{count} Vorschlag | {count} Vorschläge',
  'ui.composer.hide': 'Hier ausblenden',
  'ui.composer.pace-near': 'Heute gesendete Nachrichten: {sent}; Ihr Richtwert liegt bei {pace}.',
  'ui.composer.label': 'LockLens-Vorschläge zu diesem Text',
  'ui.options.title': 'LockLens-Optionen',
  'ui.options.saved': 'Gespeichert.',
  'ui.options.whole-number': 'Geben Sie eine ganze Zahl von {min} bis {max} ein. Es wurde nichts gespeichert.',
  'ui.options.account': 'Ihr LinkedIn-Konto',
  'ui.options.detected':
    'LinkedIn hat Ihnen eine kostenlose Premium-Testphase angeboten, die es nur Mitgliedern ohne Premium zeigt. Ist Ihre Mitgliedschaft „{plan}“?',
  'ui.options.use-detected': 'Ja, übernehmen',
  'ui.options.keep-mine': 'Nein, meine Auswahl behalten',
  'ui.options.plan': 'Mitgliedschaft',
  'ui.options.credits': 'Verbleibende InMail-Credits',
  'ui.options.credits-hint':
    'Leer lassen, wenn Sie es nicht wissen; LockLens liest auch die Credit-Zeile im InMail-Fenster.',
  'ui.options.renewal': 'Tag im Monat, an dem sich Ihre Mitgliedschaft erneuert',
  'ui.options.open-profile': 'Mein eigenes Profil ist ein Open Profile (alle können mir kostenlos Nachrichten senden)',
  'ui.options.limits': 'Limits',
  'ui.options.limits-intro':
    'LinkedIn veröffentlicht nur wenige Zahlen. Hier stehen die Standardwerte für Ihre Mitgliedschaft und woher jeder stammt; tragen Sie eigene Werte ein, wo Sie es besser wissen.',
  'ui.options.default': 'Standard: {value} ({source})',
  'ui.options.no-default': 'Für Ihre Mitgliedschaft gibt es kein solches Limit ({source})',
  'ui.limit.invites-per-week': 'Einladungen pro Woche (gleitend oder Kalenderwoche: LinkedIn sagt es nicht)',
  'ui.limit.notes-per-month':
    'Notizen zu Einladungen pro Monat (Kalendermonat oder letzte 30 Tage: LinkedIn sagt es nicht)',
  'ui.limit.note-length': 'Länge der Einladungsnotiz (Zeichen)',
  'ui.limit.inmail-credits-per-month': 'InMail-Credits pro Monat',
  'ui.limit.messages-per-day': 'Nachrichten pro Tag (Ihr Richtwert)',
  'ui.limit-note.inmail-credits-per-month':
    'Nicht genutzte Credits werden bis zu einer Obergrenze übertragen und verfallen nach 90 Tagen; Premium-Credits gelten nicht in Sales Navigator oder Recruiter.',
  'ui.options.features': 'Auf LinkedIn',
  'ui.options.toggle.hintsEnabled': 'Hinweis auf Profilen anzeigen',
  'ui.options.toggle.quietMode':
    'Stiller Modus: nichts in die LinkedIn-Seite einfügen (das Symbol in der Symbolleiste und das Pop-up erklären weiterhin)',
  'ui.options.toggle.composerChecks': 'Nachrichten und Einladungsnotizen beim Schreiben prüfen',
  'ui.options.toggle.listMarks': 'Ein Schloss oder Häkchen neben jeder Person in Suchergebnissen und „Netzwerk“ zeigen',
  'ui.options.warn-at': 'Warnen ab diesem Anteil eines Limits (Prozent)',
  'ui.options.retention': 'Tage, die der detaillierte Sendeverlauf aufbewahrt wird',
  'ui.options.retention-hint': 'Ältere Sendungen bleiben nur als Tageszahlen erhalten.',
  'ui.options.data': 'Ihre Daten',
  'ui.options.stored': 'LockLens speichert, ausschließlich im eigenen Speicher Ihres Browsers:',
  'ui.options.stored-settings':
    'Ihre Einstellungen (im Sync-Speicher des Browsers, damit sie Ihnen in Ihre anderen Browser folgen), dazu die Tageszahlen Ihrer Sendungen je Browser;',
  'ui.options.stored-ledger':
    'Ihre Sendungen als Ereignisse (Art, Zeitpunkt, ein gesalzener Hash des Empfängers, ein gesalzener Fingerabdruck des Textes), nie Namen oder Nachrichtentexte (lokaler Speicher);',
  'ui.options.stored-hidden':
    'gesalzene Hashes der Profile, auf denen Sie den Hinweis ausgeblendet haben (lokaler Speicher);',
  'ui.options.stored-own-profile':
    'eine Zusammenfassung Ihres eigenen LinkedIn-Profils, gelesen, wenn Sie es öffnen: welche Teile es zeigt, Ihre Kontaktzahl und das Datum (lokaler Speicher; nie das Profil anderer);',
  'ui.options.stored-saved':
    'die Personen, die Sie für später speichern, mit Ihrer Notiz und Erinnerung (lokaler Speicher; die zuletzt geänderten werden auch synchronisiert).',
  'ui.options.never-sent':
    'Nichts wird jemals an einen Server gesendet: LockLens stellt überhaupt keine Netzwerkanfragen.',
  'ui.options.export': 'Alles exportieren',
  'ui.options.exported': 'In Ihre Downloads exportiert.',
  'ui.options.import': 'Datei importieren…',
  'ui.options.imported': 'Importiert. Alle Daten aus der Datei sind jetzt aktiv.',
  'ui.options.import-failed': 'Die Datei konnte nicht importiert werden; es wurde nichts geändert.',
  'ui.options.reset': 'Alles zurücksetzen…',
  'ui.options.reset-confirm': 'Alle Einstellungen und Zählungen in diesem Browser löschen?',
  'ui.options.reset-yes': 'Ja, alles löschen',
  'ui.options.cancel': 'Abbrechen',
  'ui.options.reset-done': 'Alles wurde gelöscht. LockLens beginnt von vorn.',
  'ui.has-news': 'Etwas hat sich geändert, oder Sie hatten schon Kontakt',
  'ui.contact.invite': 'Sie haben diese Person {when} eingeladen.',
  'ui.contact.invite-note': 'Sie haben diese Person {when} mit Notiz eingeladen.',
  'ui.contact.message': 'Sie haben dieser Person {when} eine Nachricht geschickt.',
  'ui.contact.followup': 'Sie haben bei dieser Person {when} nachgefasst.',
  'ui.contact.inmail': 'Sie haben dieser Person {when} eine InMail geschickt.',
  'saved.now-connected': 'Jetzt Kontakt 1. Grades: Sie können der Person kostenlos schreiben.',
  'saved.still-pending': 'Ihre Einladung steht nach {weeks} Wochen noch aus.',
  'saved.invitation-gone': 'Ihre Einladung steht nicht mehr aus (zurückgezogen oder ignoriert).',
  'saved.closer': 'Jetzt Kontakt 2. Grades: Sie haben einen gemeinsamen Kontakt.',
  'saved.follow-up-due': 'Zeit, bei dieser Person nachzufassen.',
  'ui.save.open': 'Speichern…',
  'ui.save.update': 'Gespeicherten Eintrag aktualisieren…',
  'ui.save.note': 'Notiz (optional, nur auf diesem Gerät)',
  'ui.save.follow-up': 'Erinnern',
  'ui.save.no-follow-up': 'Keine Erinnerung',
  'ui.save.in-days': 'In {count} Tagen',
  'ui.save.save': 'Speichern',
  'ui.save.done': 'In Ihrer Liste gespeichert.',
  'ui.save.done-follow-up': 'Gespeichert. Das Symbol in der Symbolleiste zählt den Eintrag ab dem {date} als fällig.',
  'ui.save.list-full': 'Ihre Liste ist voll (2.000 Personen). Entfernen Sie zuerst einige im Pop-up.',
  'ui.save.failed': 'Speichern fehlgeschlagen: Laden Sie die Seite neu und versuchen Sie es noch einmal.',
  'ui.saved.title': 'Für später gespeichert',
  'ui.saved.due': 'fällig: {count}',
  'ui.toolbar.follow-ups-due': 'LockLens: {count} Nachfassen fällig | LockLens: {count} Nachfassaktionen fällig',
  'ui.saved.empty':
    'Noch niemand gespeichert. Öffnen Sie auf einem Profil den Hinweis oder dieses Pop-up und wählen Sie „Speichern…“.',
  'ui.saved.follow-up': 'nachfassen am {date}',
  'ui.saved.was-due': 'Nachfassen fällig seit {date}',
  'ui.saved.mark-done': 'Erledigt',
  'ui.saved.remove': 'Entfernen',
  'ui.saved.show-more': '{count} weitere anzeigen',
  'ui.own-profile.title': 'Ihr Profil',
  'ui.own-profile.never-read': 'Öffnen Sie einmal Ihr eigenes LinkedIn-Profil, damit LockLens es prüfen kann.',
  'ui.own-profile.nothing-missing': 'Es fehlt nichts, was LockLens sehen konnte.',
  'ui.own-profile.missing.photo': 'Fügen Sie ein Foto hinzu',
  'ui.own-profile.missing.headline': 'Schreiben Sie eine Überschrift',
  'ui.own-profile.missing.about': 'Schreiben Sie einen Info-Abschnitt',
  'ui.own-profile.missing.experience': 'Fügen Sie Ihre Berufserfahrung hinzu',
  'ui.own-profile.missing.activity': 'Posten oder kommentieren Sie ab und zu',
  'ui.own-profile.missing.network':
    'Erweitern Sie Ihr Netzwerk ({count} Kontakt) | Erweitern Sie Ihr Netzwerk ({count} Kontakte)',
  'ui.own-profile.unchecked': 'Nicht geprüft: {parts}.',
  'ui.own-profile.part.photo': 'Foto',
  'ui.own-profile.part.headline': 'Überschrift',
  'ui.own-profile.part.about': 'Info',
  'ui.own-profile.part.experience': 'Berufserfahrung',
  'ui.own-profile.part.activity': 'neue Beiträge',
  'ui.own-profile.part.connections': 'Kontakte',
  'ui.own-profile.read': 'Gelesen: {when} · öffnen Sie Ihr Profil, um es zu aktualisieren',
  'ui.own-profile.source':
    'Rat aus der Community, keine LinkedIn-Regel: Ein vollständiges Profil und ein größeres Netzwerk bekommen womöglich mehr Antworten.',
  'ui.options.save-failed':
    'Speichern nicht möglich: Ihr Browser hat es abgelehnt (vielleicht ist sein Sync-Speicher voll). Es wurde nichts geändert.',
  'ui.problems.title': 'LockLens hatte Probleme mit seinen gespeicherten Daten',
  'ui.problems.settings-newer-version':
    'Ihre Einstellungen wurden von einer neueren LockLens-Version gespeichert. Diese Version nutzt sie, soweit sie sie versteht, und lässt sie unverändert; aktualisieren Sie LockLens, um alle zu nutzen.',
  'ui.problems.settings-fields-reset':
    'Einige Einstellungen waren beschädigt und stehen wieder auf ihren Standardwerten: {detail}.',
  'ui.problems.ledger-recovered':
    'Ihr Sendeverlauf war beschädigt. LockLens hat behalten, was noch gültig war ({detail}), und das Original beiseitegelegt.',
  'ui.problems.saved-recovered':
    'Ihre Liste gespeicherter Personen war beschädigt. LockLens hat behalten, was noch gültig war ({detail}), und das Original beiseitegelegt.',
  'ui.problems.own-profile-unreadable':
    'Die Zusammenfassung Ihres eigenen Profils war beschädigt und wird nicht verwendet: Öffnen Sie Ihr LinkedIn-Profil, damit LockLens es neu liest.',
  'ui.problems.sync-quota':
    'Der Sync-Speicher Ihres Browsers ist voll: LockLens behält alles in diesem Browser, aber es erreicht Ihre anderen Browser womöglich nicht.',
  'ui.problems.dismiss': 'Verstanden',
  'ui.privacy-line': 'Alles, was LockLens liest und zählt, bleibt auf diesem Gerät.',
  'messaging.free': 'Nachricht kostenlos',
  'messaging.locked': 'Nachricht gesperrt',
  'messaging.unknown': 'Nachricht: Status unklar',
  // The list marks (search results, My Network): one line each, from the verdict.
  'ui.mark.locked': 'Gesperrt: {cause}',
  'ui.mark.step': '{step} ({cost})',
  'ui.cost.free': 'kostenlos',
  'ui.mark.cause.not-connected': 'nicht vernetzt',
  'ui.mark.cause.invitation-pending': 'Einladung ausstehend',
  'ui.mark.cause.out-of-network': 'außerhalb Ihres Netzwerks',
  'ui.mark.cause.needs-premium-for-inmail': 'InMail braucht ein bezahltes Abo',
  'ui.mark.cause.inmail-credits-exhausted': 'keine InMail-Credits mehr',
  'ui.mark.cause.recipient-may-block-inmail': 'InMails werden vielleicht nicht angenommen',
  'ui.mark.cause.follow-only-profile': '„Folgen“ ist die Hauptschaltfläche',
  'ui.mark.cause.connection-cap-reached': 'Sie haben 30.000 Kontakte',
  'ui.mark.cause.invite-limit-near': 'nahe am wöchentlichen Einladungslimit',
  'ui.mark.cause.invitations-outstanding': 'viele offene Einladungen',
  'ui.mark.cause.note-quota-used': 'Einladungsnotizen aufgebraucht',
  'ui.mark.cause.sending-pace-high': 'viele Nachrichten heute',
  'ui.mark.cause.sender-profile-incomplete': 'Ihr Profil ist unvollständig',
  'ui.mark.cause.sender-network-small': 'Ihr Netzwerk ist klein',
  'ui.mark.cause.recipient-message-cap': 'ein unbestätigtes Nachrichtenlimit',
  'ui.mark.cause.repeated-text': 'fast gleiche Texte',
  'ui.mark.cause.own-profile': 'Ihr eigenes Profil',
  'ui.mark.cause.page-unclear': 'Kontaktgrad nicht sichtbar',

  'source.official': 'Regel von LinkedIn selbst',
  'source.observed': 'Auf der Seite beobachtet',
  'source.community': 'Behauptung aus der Community, von LinkedIn nicht bestätigt',
  'source.lockLens-guideline': 'Richtwert von LockLens, keine Regel von LinkedIn',
  'basis.help': 'LinkedIn-Hilfe {source} · geprüft am {checked}',
  'basis.web': 'Berichtet auf {source} · geprüft am {checked}',

  // Shown after "Diese Person: " (evidence.degree) and in the CLI's "(…)".
  'degree.1st': 'Kontakt 1. Grades',
  'degree.2nd': 'Kontakt 2. Grades',
  'degree.3rd': 'Kontakt 3. Grades',
  'degree.out-of-network': 'außerhalb Ihres Netzwerks',
  'degree.self': 'Ihr eigenes Profil',
  'degree.unknown': 'Kontaktgrad unbekannt',

  'plan.free': 'Kostenlos (Basis)',
  'plan.premium-career': 'Premium Career',
  'plan.premium-business': 'Premium Business',
  'plan.sales-navigator': 'Sales Navigator',
  'plan.recruiter-lite': 'Recruiter Lite',
  'plan.recruiter': 'Recruiter',

  'cause.not-connected':
    'Sie sind nicht vernetzt: Kostenlose Nachrichten gehen an Ihre Kontakte, an andere nur als Nachrichtenanfrage (gemeinsame Gruppe, aktuelle Kollegen) oder an ihr Open Profile.',
  'cause.invitation-pending':
    'Ihre Einladung steht noch aus: Sobald die Person annimmt, können Sie ihr kostenlos schreiben.',
  'cause.out-of-network':
    'Diese Person ist außerhalb Ihres Netzwerks, daher bietet LinkedIn weniger Wege, sie zu erreichen.',
  'cause.needs-premium-for-inmail':
    'Ohne kostenlosen Weg (gemeinsame Gruppe, aktuelle Kollegen, Open Profile) ist, wer nicht zu Ihren Kontakten gehört, nur per InMail erreichbar, und InMail setzt eine kostenpflichtige Mitgliedschaft voraus.',
  'cause.inmail-credits-exhausted':
    'Sie haben keine InMail-Credits mehr: Die Credits erneuern sich mit Ihrer Mitgliedschaft, und einer kommt zurück, wenn eine InMail innerhalb von 90 Tagen angenommen, abgelehnt oder beantwortet wird.',
  'cause.recipient-may-block-inmail': 'Mitglieder können InMails und Nachrichten von Unbekannten abschalten.',
  'cause.follow-only-profile':
    'Diese Person hat „Folgen“ zur Hauptschaltfläche gemacht; „Vernetzen“ ist versteckt oder abgeschaltet.',
  'cause.connection-cap-reached':
    'Sie haben 30.000 Kontakte, das Maximum bei LinkedIn: Sie können anderen folgen, sich aber mit niemandem mehr neu vernetzen.',
  'cause.invite-limit-near': 'Sie sind nahe am wöchentlichen Einladungslimit (LinkedIn nennt keine Zahl).',
  'cause.invitations-outstanding':
    'Viele Ihrer Einladungen stehen womöglich noch aus: LinkedIn kann das Einladen einschränken, wenn zu viele offen sind.',
  'cause.note-quota-used':
    'Sie haben Ihre persönlichen Einladungsnotizen für diesen Monat aufgebraucht (LinkedIn sagt nicht, wie es den Monat zählt).',
  'cause.sending-pace-high': 'Sie senden heute viele Nachrichten, gemessen am Richtwert von LockLens.',
  'cause.sender-profile-incomplete':
    'Ein unvollständiges Profil kann Ihre Nachrichten weniger vertrauenswürdig wirken lassen.',
  'cause.sender-network-small': 'Bei einem kleinen Netzwerk sind LinkedIn und Empfänger womöglich vorsichtiger.',
  'cause.recipient-message-cap':
    'Unbestätigt: Ein Artikel behauptet, Mitglieder könnten nur eine begrenzte Zahl von Nachrichten pro Monat empfangen; keine Quelle belegt das.',
  'cause.repeated-text': 'Sie haben diese Woche fast gleiche Texte an mehrere Personen gesendet.',
  'cause.own-profile': 'Das ist Ihr eigenes Profil.',
  'cause.page-unclear': 'LockLens konnte den Kontaktgrad auf dieser Seite nicht lesen.',

  // Evidence fragments are joined with "; " and end with ".", like the English ones.
  'evidence.degree': 'Diese Person: {degree}',
  'evidence.premium-badge': 'die Person zeigt ein Premium-Abzeichen, Open Profile ist also möglich',
  'evidence.no-open-profile-sign': 'kein Premium-Abzeichen, also kein Hinweis auf Open Profile',
  'evidence.self': 'Sie sehen Ihr eigenes Profil',
  'evidence.degree-unread': 'kein Kontaktgrad sichtbar',
  'evidence.pending': 'das Profil zeigt „Ausstehend“',
  'evidence.no-connect': 'kein „Vernetzen“ angeboten',
  'evidence.no-connect-cap':
    'kein „Vernetzen“ angeboten: eine Einstellung der Person, oder eine Seite hat das LinkedIn-Maximum von 30.000 Kontakten erreicht',
  'evidence.shared-group': 'Sie sind in einer gemeinsamen Gruppe: Eine Nachrichtenanfrage ist kostenlos',
  'evidence.shared-company':
    'LinkedIn hebt ein gemeinsames Unternehmen hervor: Arbeiten Sie beide jetzt dort, ist eine Nachrichtenanfrage kostenlos',
  'evidence.incoming-invitation':
    'die Person hat Sie eingeladen: Nehmen Sie an, dann können Sie ihr kostenlos schreiben',
  'evidence.past-contact': 'Sie haben der Person schon geschrieben: Diese Unterhaltung ist womöglich noch offen',
  'evidence.old-invitations':
    '{count} Einladungen, die Sie vor mehr als zwei Wochen an Personen gesendet haben, denen Sie seitdem nicht geschrieben haben; LockLens sieht nicht, welche noch ausstehen',
  'evidence.message-limit-exists': 'LinkedIn begrenzt Nachrichten pro Zeitraum, nennt aber keine Zahl',
  'evidence.connect-offered': '„Vernetzen“ wird angeboten',
  'evidence.follow-primary': '„Folgen“ ist die erste Schaltfläche',
  'evidence.connect-in-more': '„Vernetzen“ steht im Menü „Mehr“',
  'evidence.plan': 'Ihre Mitgliedschaft: {plan}',
  'evidence.credits': 'verbleibende InMail-Credits: {credits}',
  'evidence.setting-not-visible': 'die Seite zeigt diese Einstellung nicht',
  'evidence.invites-used': '{used} von etwa {limit} Einladungen in 7 Tagen genutzt',
  'evidence.notes-used': 'alle {quota} Notizen dieses Monats genutzt',
  'evidence.messages-today': 'Nachrichten heute: {sent}; Ihr Richtwert: {pace}',
  'evidence.near-duplicates': '{count} fast gleiche Nachrichten diese Woche',
  'evidence.profile-completeness': 'Ihr Profil ist zu etwa {percent} % vollständig',
  'evidence.own-connections': 'Ihre Kontakte: {count}',
  'evidence.unconfirmed-claim': 'LinkedIn bestätigt das nicht',
  'evidence.open-to-work': 'die Person ist offen für neue Jobs, passende Anfragen sind also wohl willkommen',
  'evidence.hiring': 'die Person stellt gerade ein, passende Bewerbungen sind also wohl willkommen',
  'evidence.no-photo-hint': 'kein Profilfoto: Manche sagen, solche Mitglieder schränken Nachrichten ein (unbestätigt)',
  'evidence.large-network-hint':
    '500+ Kontakte: Manche sagen, solche Mitglieder nehmen mehr Nachrichten an (unbestätigt)',
  'evidence.active-poster-hint':
    'die Person postet und antwortet: ein Zeichen, dass sie ihre Nachrichten liest (unbestätigt)',

  'step.message-now': 'Jetzt Nachricht senden',
  'step.message-now.why': 'Sie sind vernetzt: Nachrichten sind kostenlos.',
  'step.accept-invitation': 'Annehmen und schreiben',
  'step.accept-invitation.why':
    'Die Person hat Sie eingeladen: Nehmen Sie an, dann sind Sie vernetzt und können kostenlos schreiben. Manche sehen schon vor der Annahme ein Antwortfeld bei der Einladung.',
  'step.reply-in-conversation': 'Ihre Unterhaltung fortsetzen',
  'step.reply-in-conversation.why':
    'Sie haben der Person schon geschrieben: Öffnen Sie diese Unterhaltung in Ihren Nachrichten, und falls sie geantwortet hat, schreiben Sie dort weiter.',
  'step.try-message-open-profile': '„Nachricht“ versuchen (Open Profile)',
  'step.try-message-open-profile.why':
    'Premium-Mitglieder können Open Profile einschalten: Dann darf ihnen jeder kostenlos schreiben, ganz ohne kostenpflichtiges Konto. LinkedIn begrenzt diese Nachrichten pro Zeitraum, und Mitglieder können sie abschalten; das Nachrichtenfenster zeigt, ob es kostenlos ist.',
  'step.message-via-shared-group': 'Über Ihre gemeinsame Gruppe schreiben',
  'step.message-via-shared-group.why':
    'Mitglieder einer gemeinsamen Gruppe können einander eine Nachrichtenanfrage senden.',
  'step.message-request-coworker': 'Als Kollege oder Kollegin eine Nachrichtenanfrage senden',
  'step.message-request-coworker.why':
    'Wenn Sie beide jetzt in diesem Unternehmen arbeiten, können Sie der Person bei LinkedIn kostenlos eine Nachrichtenanfrage senden.',
  'step.wait-for-acceptance': 'Warten, bis die Person annimmt',
  'step.wait-for-acceptance.why':
    'Nach der Annahme können Sie kostenlos schreiben. Wer eine Einladung zurückzieht, kann bis zu 3 Wochen lang nicht erneut einladen.',
  'step.connect-with-note': 'Mit Notiz vernetzen',
  'step.connect-with-note.why':
    'Kostenlos. Sagen Sie in einem Satz, warum Sie sich vernetzen möchten. Verbleibende Notizen diesen Monat: {left}.',
  'step.connect-with-note.why-unlimited': 'Kostenlos. Sagen Sie in einem Satz, warum Sie sich vernetzen möchten.',
  'step.connect-from-more-menu': 'Über das Menü „Mehr“ vernetzen',
  'step.connect-from-more-menu.why':
    '„Vernetzen“ steht unter „Mehr“. Kostenlos; fügen Sie eine kurze persönliche Notiz hinzu.',
  'step.connect-from-more-menu.why-no-note':
    '„Vernetzen“ steht unter „Mehr“. Ihre Notizen für diesen Monat sind aufgebraucht: Senden Sie die Einladung ohne Notiz.',
  'step.connect-without-note': 'Ohne Notiz vernetzen',
  'step.connect-without-note.why': 'Kostenlos und verbraucht keine Ihrer monatlichen Notizen.',
  'step.connect-without-note.why-quota':
    'Ihre Notizen für diesen Monat sind aufgebraucht; eine Einladung ohne Notiz funktioniert trotzdem.',
  'step.engage-with-posts': 'Zuerst auf Beiträge der Person reagieren',
  'step.engage-with-posts.why': 'Ein durchdachter Kommentar macht Ihren Namen bekannt, bevor Sie Kontakt aufnehmen.',
  'step.mention-in-post': 'Die Person erwähnen, wo es sie betrifft',
  'step.mention-in-post.why':
    'Manche empfehlen, die Person in einem Beitrag oder Kommentar über ihre Arbeit zu erwähnen, damit sie auf Sie aufmerksam wird. Nur wo es sie wirklich betrifft: Eine Erwähnung benachrichtigt sie.',
  'step.ask-mutual-for-intro': 'Einen gemeinsamen Kontakt um eine Vorstellung bitten',
  'step.ask-mutual-for-intro.why':
    'Gemeinsame Kontakte: {count}. Eine persönliche Vorstellung wirkt besser als eine kalte Nachricht.',
  'step.slow-down': 'Tempo drosseln',
  'step.slow-down.why':
    'Sie senden viel, gemessen am Richtwert von LockLens: Verteilen Sie Ihre Nachrichten auf ein paar Tage und schreiben Sie jede einzelne persönlich.',
  'step.slow-down.why-invites':
    'Sie sind nahe am wöchentlichen Einladungslimit: Warten Sie ein paar Tage. Schränkt LinkedIn Ihre Einladungen ein, kann der Support das nicht vorzeitig aufheben.',
  'step.withdraw-old-invitations': 'Alte Einladungen zurückziehen',
  'step.withdraw-old-invitations.why':
    'Ziehen Sie unter „Mein Netzwerk“ bei den gesendeten Einladungen jene zurück, die nach zwei Wochen noch ausstehen: LinkedIn kann das Einladen einschränken, wenn zu viele offen sind. Wen Sie zurückziehen, können Sie bis zu 3 Wochen lang nicht erneut einladen.',
  'step.complete-your-profile': 'Profil vervollständigen',
  'step.complete-your-profile.why':
    'Foto, Überschrift und Berufserfahrung erhöhen die Chance, dass Einladungen angenommen werden.',
  'step.complete-your-profile.why-self':
    'Das sind Sie: Ein vollständiges Profil hilft, dass Ihre eigenen Einladungen angenommen werden.',
  'step.send-inmail': 'InMail senden',
  'step.send-inmail.why':
    'Kostet 1 Credit (verbleibend: {credits}); er kommt zurück, wenn die Person innerhalb von 90 Tagen annimmt, ablehnt oder antwortet.',
  'step.send-inmail.why-unknown':
    'Kostet 1 Credit; er kommt zurück, wenn die Person innerhalb von 90 Tagen annimmt, ablehnt oder antwortet.',
  'step.send-inmail.why-again':
    'Sie haben der Person schon eine InMail gesendet: Die Hilfeseiten von LinkedIn widersprechen sich, ob vor ihrer Antwort eine weitere möglich ist, und sie würde einen weiteren Credit kosten.',
  'step.upgrade': 'Upgraden, um InMails zu senden',
  'step.upgrade.why':
    'Eine kostenpflichtige Mitgliedschaft enthält monatliche InMail-Credits. Lohnt sich nur, wenn Sie oft Personen außerhalb Ihrer Kontakte schreiben.',
  'step.save-for-later': 'Für später speichern',
  'step.save-for-later.why':
    'Nicht jetzt? Behalten Sie die Person auf Ihrer Liste und kommen Sie zurück, wenn sich ein Weg öffnet.',
  'step.save-for-later.why-pending':
    'Behalten Sie die Person auf Ihrer Liste und schauen Sie wieder vorbei, wenn sie angenommen hat.',

  // The composer checker (lib/composer/messages-en.ts).
  'composer.not-personal.reason':
    'Noch geht es hier nicht um die Person: kein Name, keine Firma, kein Detail aus ihrem Profil.',
  'composer.not-personal.suggestion':
    'Fügen Sie ein Detail hinzu, das zeigt, dass Sie das Profil gelesen haben: Name, Firma oder etwas, woran die Person arbeitet.',

  'composer.no-reason-up-front.reason': 'Der erste Satz sagt nicht, warum Sie schreiben.',
  'composer.no-reason-up-front.suggestion':
    'Beginnen Sie mit Ihrem Anlass, z. B. „Ich melde mich, weil …“, und dann der Rest.',

  'composer.promotional.reason': '„{phrase}“ klingt nach Verkaufsgespräch.',
  'composer.promotional.suggestion':
    'Lassen Sie beim ersten Kontakt die Werbung weg: Sagen Sie, warum gerade diese Person, und bieten Sie Details an, falls Interesse besteht.',

  'composer.link-in-first-message.reason':
    'Ein Link in der ersten Nachricht oder Notiz kann als Spam aussortiert werden: LinkedIn verschiebt markierte erste Nachrichten neuer Kontakte in den Spam-Ordner.',
  'composer.link-in-first-message.suggestion':
    'Lassen Sie den Link vorerst weg und bieten Sie an, ihn nach einer Antwort zu schicken.',

  'composer.phone-in-first-message.reason':
    'Eine Telefonnummer in der ersten Nachricht lädt dazu ein, das Gespräch weg von LinkedIn zu verlagern, was LinkedIns Spam-Regeln als Verstoß nennen: Die Nachricht kann als Spam aussortiert werden.',
  'composer.phone-in-first-message.suggestion':
    'Lassen Sie die Person entscheiden, wie Sie sprechen: Schlagen Sie nach einer Antwort ein Telefonat vor.',

  'composer.too-long.reason': '{length} Zeichen: über dem Limit von {limit} für dieses Feld.',
  'composer.too-long.suggestion':
    'Kürzen Sie auf {limit} Zeichen: Behalten Sie den Anlass und ein persönliches Detail.',
  'composer.too-long.reason-near': '{length} von {limit} Zeichen: nahe am Limit.',
  'composer.too-long.suggestion-near': 'Passt so; jedes weitere Zeichen zählt zu den {limit}.',
  'composer.too-long.reason-unpublished':
    '{length} Zeichen: mehr als {limit}, eine Länge, die LinkedIn nicht veröffentlicht; eine kürzere Nachricht ist sicherer.',
  'composer.too-long.reason-near-unpublished':
    '{length} von etwa {limit} Zeichen, eine Länge, die LinkedIn nicht veröffentlicht.',

  // {count} is 2 or more here; a single earlier message has its own text (reason-one).
  'composer.near-duplicate.reason': 'Das liest sich wie {count} Nachrichten, die Sie diese Woche gesendet haben.',
  'composer.near-duplicate.reason-one': 'Das liest sich wie eine Nachricht, die Sie diese Woche gesendet haben.',
  'composer.near-duplicate.suggestion':
    'Schreiben Sie den Text für diese Person um: Derselbe Text an viele Personen wirkt wie ein Massenmailing.',

  'composer.notes-running-out.reason': 'Verbleibende persönliche Notizen diesen Monat mit kostenlosem Konto: {left}.',
  'composer.notes-running-out.suggestion':
    'Heben Sie Notizen für Personen auf, die den Kontext brauchen; eine Einladung ohne Notiz kommt trotzdem an.',

  'composer.invites-running-out.reason': 'Verbleibende Einladungen diese Woche, laut Zählung von LockLens: {left}.',
  'composer.invites-running-out.suggestion':
    'Nutzen Sie sie für Personen, die Sie aus einem echten Grund kennenlernen möchten; das Kontingent wird frei, sobald ältere Einladungen aus dem Zeitraum fallen.',
};
