/**
 * Spanish texts, key for key the same as lib/messages/en.ts (test/i18n checks keys and `{params}`).
 *
 * Address: "tú", as in LinkedIn's Spanish interface, in a neutral Spanish that reads well in Spain
 * and Latin America (no "vosotros", no "ustedes"). LinkedIn's own Spanish words are kept so the
 * texts point at what the user sees: Conectar, Mensaje, Seguir, Más, Pendiente, contactos
 * ("contacto de 3er grado"), invitación, nota (the invitation note), publicaciones, plan.
 * Product names stay in English: LinkedIn, Premium, Sales Navigator, Recruiter (Lite), InMail
 * ("un InMail"), and Open Profile, whose Spanish name in LinkedIn's help we could not confirm.
 * Counts are written "Sugerencias: {count}" where the number can be 1.
 */
export const ES: Record<string, string> = {
  'ext.name': 'LockLens',
  'ext.description':
    'Explica por qué LinkedIn bloquea tus mensajes y cuál es el siguiente paso legítimo más barato. Todo se queda en tu equipo.',
  'ui.other-reasons': 'Otros posibles motivos ({count})',
  'ui.next-steps': 'Próximos pasos, primero los más baratos',
  'ui.why': '¿por qué?',
  'ui.details-loading': 'Teniendo en cuenta tu plan y tu ritmo…',
  'ui.details-unavailable':
    'LockLens no ha podido explicar este perfil ahora mismo. Recarga la página para volver a intentarlo.',
  'ui.cost.credit': 'usa un crédito de InMail',
  'ui.cost.paid': 'de pago',
  'ui.hint-label': 'LockLens: {state}. ¿Por qué?',
  'ui.hide-for-profile': 'Ocultar en este perfil',
  'ui.hide-for-person': 'Ocultar para esta persona',
  'ui.close': 'Cerrar',
  'ui.show-more-menu': 'Mostrar el menú «Más»',
  'ui.show-connect': 'Mostrar «Conectar»',
  'ui.show-message': 'Mostrar «Mensaje»',
  'ui.show-posts': 'Mostrar sus publicaciones',
  'ui.unreadable': 'LockLens no pudo leer esta página',
  'ui.unreadable.top-card-missing': 'No apareció la cabecera del perfil.',
  'ui.unreadable.not-a-profile-page': 'Esta no es una página de perfil.',
  'ui.unreadable.reader-error': 'LockLens no reconoce el diseño de esta página.',
  'ui.unreadable.not-html': 'Esta no es una página web.',
  'ui.popup.empty':
    'Abre el perfil de LinkedIn de alguien para ver por qué los mensajes están bloqueados y qué hacer a continuación.',
  'ui.popup.reading': 'Leyendo este perfil…',
  'ui.popup.quiet': 'El modo discreto está activado: LockLens solo muestra su explicación aquí.',
  'ui.pace.title': 'Tu ritmo de envío',
  'ui.pace.empty': 'Aún no se ha contado nada. Aquí aparecerán las invitaciones y los mensajes que envíes en LinkedIn.',
  'ui.pace.of': '{used} de {limit}',
  'ui.pace.near': 'Cerca del límite: baja el ritmo unos días.',
  'ui.pace.reached':
    'En este límite: si sigues, LinkedIn podría restringir tus invitaciones durante una semana aproximadamente.',
  'ui.pace.reached.notes':
    'Todas las notas usadas: LinkedIn solo bloquea la nota; las invitaciones sin nota siguen saliendo.',
  'ui.pace.reached.messages':
    'Alcanzaste tu ritmo orientativo (el de LockLens, no una regla de LinkedIn): baja el ritmo.',
  'ui.pace.reached.inmail':
    'Los créditos mensuales de tu plan están usados; pueden quedarte créditos acumulados o devueltos.',
  'ui.pace.source-user': 'Tu propio límite',
  'ui.pace.guideline': 'LinkedIn limita los mensajes por periodo, pero no publica ninguna cifra',
  'ui.pace.invites': 'Invitaciones, últimos 7 días',
  'ui.pace.frees-on': 'la más antigua sale del recuento el {date}',
  'ui.pace.notes': 'Notas de invitación este mes (LinkedIn no dice cómo lo cuenta)',
  'ui.pace.no-note-limit': 'Tu plan no tiene límite mensual de notas',
  'ui.pace.inmail': 'InMails en este periodo',
  'ui.pace.credits-unknown': 'créditos restantes desconocidos (abre un InMail o indícalos en las opciones)',
  'ui.pace.credits-left': 'queda {count} crédito | quedan {count} créditos',
  'ui.pace.renews': 'renovación el {date}',
  'ui.pace.messages': 'Mensajes hoy',
  'ui.pace.followups': 'Seguimientos sin respuesta, 30 días',
  'ui.pace.duplicates': 'Mensajes casi idénticos esta semana',
  'ui.pace.duplicates-advice': 'personaliza cada uno',
  'ui.pace.chart': 'Envíos por día en los últimos 30 días',
  'ui.pace.line': 'Tu ritmo de un vistazo',
  'ui.pace.line.invites': 'Invitaciones, 7 días',
  'ui.pace.line.notes': 'Notas este mes',
  'ui.pace.line.inmail': 'InMails del periodo',
  'ui.pace.line.messages': 'Mensajes hoy',
  'ui.pace.line.near': 'cerca del límite',
  'ui.pace.line.reached': 'límite alcanzado',
  'ui.pace.line.details': 'Ver todo tu ritmo más abajo',
  'ui.pace.what-counts':
    'Contado en este dispositivo a partir de lo que LinkedIn confirmó en pantalla: solo eventos, nunca nombres ni textos de mensajes.',
  'ui.kind.invite-note': 'Invitación con nota',
  'ui.kind.invite': 'Invitación',
  'ui.kind.message': 'Mensaje',
  'ui.kind.followup': 'Seguimiento',
  'ui.kind.inmail': 'InMail',
  'ui.composer.title': 'LockLens',
  'ui.composer.looks-good': 'Parece personal y claro.',
  'ui.composer.count': '{count} sugerencia | {count} sugerencias',
  'ui.composer.hide': 'Ocultar aquí',
  'ui.composer.pace-near': 'Mensajes enviados hoy: {sent}; tu ritmo orientativo es {pace}.',
  'ui.composer.label': 'Sugerencias de LockLens para este texto',
  'ui.options.title': 'Opciones de LockLens',
  'ui.options.saved': 'Guardado.',
  'ui.options.whole-number': 'Escribe un número entero entre {min} y {max}. No se guardó nada.',
  'ui.options.account': 'Tu cuenta de LinkedIn',
  'ui.options.detected':
    'LinkedIn te ofreció una prueba gratuita de Premium, que solo muestra a miembros sin Premium. ¿Tu plan es «{plan}»?',
  'ui.options.use-detected': 'Sí, usarlo',
  'ui.options.keep-mine': 'No, mantener mi elección',
  'ui.options.plan': 'Plan',
  'ui.options.credits': 'Créditos de InMail restantes',
  'ui.options.credits-hint':
    'Déjalo vacío si no lo sabes; LockLens también lee la línea de créditos de la ventana de InMail.',
  'ui.options.renewal': 'Día del mes en que se renueva tu plan',
  'ui.options.open-profile': 'Mi propio perfil es un Open Profile (cualquiera puede escribirme gratis)',
  'ui.options.limits': 'Límites',
  'ui.options.limits-intro':
    'LinkedIn publica pocas cifras. Estos son los valores predeterminados de tu plan y de dónde sale cada uno; pon los tuyos si sabes más.',
  'ui.options.default': 'Predeterminado: {value} ({source})',
  'ui.options.no-default': 'Tu plan no tiene este límite ({source})',
  'ui.limit.invites-per-week': 'Invitaciones por semana (móvil o de calendario: LinkedIn no lo dice)',
  'ui.limit.notes-per-month': 'Notas de invitación al mes (mes natural o últimos 30 días: LinkedIn no lo dice)',
  'ui.limit.note-length': 'Longitud de la nota de invitación (caracteres)',
  'ui.limit.inmail-credits-per-month': 'Créditos de InMail al mes',
  'ui.limit.messages-per-day': 'Mensajes al día (tu ritmo orientativo)',
  'ui.limit-note.inmail-credits-per-month':
    'Los créditos sin usar se acumulan hasta un tope y caducan a los 90 días; los créditos Premium no sirven en Sales Navigator ni en Recruiter.',
  'ui.options.features': 'En LinkedIn',
  'ui.options.toggle.hintsEnabled': 'Mostrar el aviso en los perfiles',
  'ui.options.toggle.quietMode':
    'Modo discreto: no insertar nada en la página de LinkedIn (el icono de la barra de herramientas y la ventana emergente siguen explicándolo)',
  'ui.options.toggle.composerChecks': 'Revisar mensajes y notas de invitación mientras los escribo',
  'ui.options.toggle.listMarks':
    'Mostrar un candado o una marca junto a cada persona en los resultados de búsqueda y «Mi red»',
  'ui.options.warn-at': 'Avisar al llegar a esta parte de un límite (porcentaje)',
  'ui.options.retention': 'Días de historial detallado de envíos que se conservan',
  'ui.options.retention-hint': 'Los envíos más antiguos solo se conservan como totales diarios.',
  'ui.options.data': 'Tus datos',
  'ui.options.stored': 'LockLens guarda, solo en el almacenamiento de tu navegador:',
  'ui.options.stored-settings':
    'tu configuración (almacenamiento sincronizado del navegador, para que te acompañe en tus otros navegadores), con los totales diarios de tus envíos por navegador;',
  'ui.options.stored-ledger':
    'tus envíos como eventos (tipo, hora, un hash con sal del destinatario, una huella con sal del texto), nunca nombres ni textos de mensajes (almacenamiento local);',
  'ui.options.stored-hidden': 'hashes con sal de los perfiles en los que ocultaste el aviso (almacenamiento local);',
  'ui.options.stored-own-profile':
    'un resumen de tu propio perfil de LinkedIn, leído cuando lo abres: qué partes muestra, tu número de contactos y la fecha (almacenamiento local; nunca el perfil de otra persona);',
  'ui.options.stored-saved':
    'las personas que guardas para más tarde, con tu nota y tu recordatorio (almacenamiento local; las modificadas más recientemente también se sincronizan).',
  'ui.options.never-sent': 'Nunca se envía nada a ningún servidor: LockLens no hace ninguna petición de red.',
  'ui.options.export': 'Exportar todo',
  'ui.options.exported': 'Exportado a tus descargas.',
  'ui.options.import': 'Importar un archivo…',
  'ui.options.imported': 'Importado. Ya se usa todo lo que contenía el archivo.',
  'ui.options.import-failed': 'No se pudo importar el archivo; no se cambió nada.',
  'ui.options.reset': 'Restablecer todo…',
  'ui.options.reset-confirm': '¿Borrar toda la configuración y los recuentos de este navegador?',
  'ui.options.reset-yes': 'Sí, borrar todo',
  'ui.options.cancel': 'Cancelar',
  'ui.options.reset-done': 'Se borró todo. LockLens empieza de cero.',
  'ui.has-news': 'Algo cambió o ya te pusiste en contacto con esta persona',
  'ui.contact.invite': 'Invitaste a esta persona {when}.',
  'ui.contact.invite-note': 'Invitaste a esta persona con una nota {when}.',
  'ui.contact.message': 'Le enviaste un mensaje a esta persona {when}.',
  'ui.contact.followup': 'Le enviaste un mensaje de seguimiento a esta persona {when}.',
  'ui.contact.inmail': 'Le enviaste un InMail a esta persona {when}.',
  'saved.now-connected': 'Ahora es contacto de 1er grado: puedes escribirle gratis.',
  'saved.still-pending': 'Tu invitación sigue pendiente después de {weeks} semanas.',
  'saved.invitation-gone': 'Tu invitación ya no está pendiente (retirada o ignorada).',
  'saved.closer': 'Ahora es contacto de 2º grado: tienes un contacto en común con esta persona.',
  'saved.follow-up-due': 'Es hora de hacer el seguimiento con esta persona.',
  'ui.save.open': 'Guardar…',
  'ui.save.update': 'Actualizar la entrada guardada…',
  'ui.save.note': 'Nota (opcional, solo en este dispositivo)',
  'ui.save.follow-up': 'Recordármelo',
  'ui.save.no-follow-up': 'Sin recordatorio',
  'ui.save.in-days': 'En {count} días',
  'ui.save.save': 'Guardar',
  'ui.save.done': 'Guardado en tu lista.',
  'ui.save.done-follow-up':
    'Guardado. El icono de la barra de herramientas lo contará como pendiente a partir del {date}.',
  'ui.save.list-full': 'Tu lista está llena (2000 personas). Primero quita algunas en la ventana emergente.',
  'ui.save.failed': 'No se pudo guardar: recarga la página e inténtalo de nuevo.',
  'ui.saved.title': 'Guardados para más tarde',
  'ui.saved.due': 'pendientes: {count}',
  'ui.toolbar.follow-ups-due': 'LockLens: {count} seguimiento pendiente | LockLens: {count} seguimientos pendientes',
  'ui.saved.empty': 'Todavía no has guardado a nadie. En un perfil, abre el aviso o esta ventana y elige «Guardar…».',
  'ui.saved.follow-up': 'seguimiento el {date}',
  'ui.saved.was-due': 'seguimiento pendiente desde el {date}',
  'ui.saved.mark-done': 'Hecho',
  'ui.saved.remove': 'Quitar',
  'ui.saved.show-more': 'Mostrar {count} más',
  'ui.own-profile.title': 'Tu perfil',
  'ui.own-profile.never-read': 'Abre una vez tu propio perfil de LinkedIn para que LockLens pueda revisarlo.',
  'ui.own-profile.nothing-missing': 'No falta nada de lo que LockLens pudo ver.',
  'ui.own-profile.missing.photo': 'Añade una foto',
  'ui.own-profile.missing.headline': 'Escribe un titular',
  'ui.own-profile.missing.about': 'Escribe una sección Acerca de',
  'ui.own-profile.missing.experience': 'Añade tu experiencia',
  'ui.own-profile.missing.activity': 'Publica o comenta de vez en cuando',
  'ui.own-profile.missing.network': 'Amplía tu red ({count} contacto) | Amplía tu red ({count} contactos)',
  'ui.own-profile.unchecked': 'No se pudo revisar: {parts}.',
  'ui.own-profile.part.photo': 'foto',
  'ui.own-profile.part.headline': 'titular',
  'ui.own-profile.part.about': 'Acerca de',
  'ui.own-profile.part.experience': 'experiencia',
  'ui.own-profile.part.activity': 'publicaciones recientes',
  'ui.own-profile.part.connections': 'contactos',
  'ui.own-profile.read': 'Leído {when} · abre tu perfil para actualizar',
  'ui.own-profile.source':
    'Consejo de la comunidad, no una regla de LinkedIn: un perfil completo y una red más amplia quizá reciban más respuestas.',
  'ui.options.save-failed':
    'No se pudo guardar: tu navegador lo rechazó (puede que su almacenamiento sincronizado esté lleno). No se cambió nada.',
  'ui.problems.title': 'LockLens tuvo problemas con sus datos guardados',
  'ui.problems.settings-newer-version':
    'Tu configuración la guardó una versión más reciente de LockLens. Esta versión la usa en la medida en que la entiende y no la modifica; actualiza LockLens para aprovecharla entera.',
  'ui.problems.settings-fields-reset':
    'Algunos ajustes estaban dañados y volvieron a sus valores predeterminados: {detail}.',
  'ui.problems.ledger-recovered':
    'Tu historial de envíos estaba dañado. LockLens conservó lo que seguía siendo válido ({detail}) y apartó el original.',
  'ui.problems.saved-recovered':
    'Tu lista de personas guardadas estaba dañada. LockLens conservó lo que seguía siendo válido ({detail}) y apartó el original.',
  'ui.problems.own-profile-unreadable':
    'El resumen de tu propio perfil estaba dañado y no se usa: abre tu perfil de LinkedIn para que se vuelva a leer.',
  'ui.problems.sync-quota':
    'El almacenamiento sincronizado de tu navegador está lleno: LockLens lo conserva todo en este navegador, pero puede que no llegue a tus otros navegadores.',
  'ui.problems.dismiss': 'Entendido',
  'ui.privacy-line': 'Todo lo que LockLens lee y cuenta se queda en este dispositivo.',
  'messaging.free': 'Mensaje gratis',
  'messaging.locked': 'Mensaje bloqueado',
  'messaging.unknown': 'Mensaje: estado incierto',
  // The list marks (search results, My Network): one line each, from the verdict.
  'ui.mark.locked': 'Bloqueado: {cause}',
  'ui.mark.step': '{step} ({cost})',
  'ui.cost.free': 'gratis',
  'ui.mark.cause.not-connected': 'no conectados',
  'ui.mark.cause.invitation-pending': 'invitación pendiente',
  'ui.mark.cause.out-of-network': 'fuera de tu red',
  'ui.mark.cause.needs-premium-for-inmail': 'InMail requiere un plan de pago',
  'ui.mark.cause.inmail-credits-exhausted': 'sin créditos de InMail',
  'ui.mark.cause.recipient-may-block-inmail': 'quizá no acepte InMail',
  'ui.mark.cause.follow-only-profile': '«Seguir» es su botón principal',
  'ui.mark.cause.connection-cap-reached': 'tienes 30.000 contactos',
  'ui.mark.cause.invite-limit-near': 'cerca del límite semanal de invitaciones',
  'ui.mark.cause.invitations-outstanding': 'muchas invitaciones pendientes',
  'ui.mark.cause.note-quota-used': 'notas de invitación agotadas',
  'ui.mark.cause.sending-pace-high': 'muchos mensajes hoy',
  'ui.mark.cause.sender-profile-incomplete': 'tu perfil está incompleto',
  'ui.mark.cause.sender-network-small': 'tu red es pequeña',
  'ui.mark.cause.recipient-message-cap': 'un tope de mensajes no verificado',
  'ui.mark.cause.repeated-text': 'textos casi idénticos',
  'ui.mark.cause.own-profile': 'tu propio perfil',
  'ui.mark.cause.page-unclear': 'grado no visible',

  'source.official': 'Regla oficial de LinkedIn',
  'source.observed': 'Observado en la página',
  'source.community': 'Afirmación de la comunidad, no confirmada por LinkedIn',
  'source.lockLens-guideline': 'Orientación propia de LockLens, no una regla de LinkedIn',
  'basis.help': 'Ayuda de LinkedIn {source} · revisado el {checked}',
  'basis.web': 'Publicado en {source} · revisado el {checked}',

  // Shown after "Esta persona: " (evidence.degree) and in the CLI's "(…)".
  'degree.1st': 'contacto de 1er grado',
  'degree.2nd': 'contacto de 2º grado',
  'degree.3rd': 'contacto de 3er grado',
  'degree.out-of-network': 'fuera de tu red',
  'degree.self': 'tu propio perfil',
  'degree.unknown': 'grado de contacto desconocido',

  'plan.free': 'Gratuito (Básico)',
  'plan.premium-career': 'Premium Career',
  'plan.premium-business': 'Premium Business',
  'plan.sales-navigator': 'Sales Navigator',
  'plan.recruiter-lite': 'Recruiter Lite',
  'plan.recruiter': 'Recruiter',

  'cause.not-connected':
    'No es uno de tus contactos: los mensajes gratis van a tus contactos, y a los demás solo como solicitud de mensaje (un grupo en común, un compañero de empresa actual) o a su Open Profile.',
  'cause.invitation-pending': 'Tu invitación sigue pendiente: podrás escribirle gratis en cuanto la acepte.',
  'cause.out-of-network': 'Esta persona está fuera de tu red, así que LinkedIn ofrece menos formas de llegar a ella.',
  'cause.needs-premium-for-inmail':
    'Sin una vía gratuita (un grupo en común, un compañero de empresa actual, su Open Profile), para escribir a alguien que no es tu contacto hace falta un InMail, y eso requiere un plan de pago.',
  'cause.inmail-credits-exhausted':
    'No te quedan créditos de InMail: se renuevan con tu plan, y recuperas uno cada vez que un InMail se acepta, se rechaza o recibe respuesta en 90 días.',
  'cause.recipient-may-block-inmail':
    'Los miembros pueden desactivar los InMails y los mensajes de personas que no conocen.',
  'cause.follow-only-profile':
    'Este miembro puso «Seguir» como botón principal; «Conectar» está escondido o desactivado.',
  'cause.connection-cap-reached':
    'Tienes 30.000 contactos, el máximo de LinkedIn: puedes seguir a otras personas, pero ya no conectar con nadie nuevo.',
  'cause.invite-limit-near': 'Estás cerca del límite semanal de invitaciones (LinkedIn no publica ninguna cifra).',
  'cause.invitations-outstanding':
    'Puede que muchas de tus invitaciones sigan pendientes: LinkedIn puede restringir las invitaciones cuando hay demasiadas sin responder.',
  'cause.note-quota-used':
    'Ya usaste las notas de invitación personalizadas de este mes (LinkedIn no dice cómo cuenta el mes).',
  'cause.sending-pace-high': 'Hoy estás enviando muchos mensajes, según el ritmo orientativo de LockLens.',
  'cause.sender-profile-incomplete': 'Un perfil incompleto puede hacer que tus mensajes parezcan menos fiables.',
  'cause.sender-network-small': 'Una red pequeña puede hacer que LinkedIn y los destinatarios sean más cautelosos.',
  'cause.recipient-message-cap':
    'Sin verificar: un artículo afirma que los miembros solo pueden recibir un número limitado de mensajes al mes; ninguna fuente lo respalda.',
  'cause.repeated-text': 'Esta semana enviaste textos casi idénticos a varias personas.',
  'cause.own-profile': 'Este es tu propio perfil.',
  'cause.page-unclear': 'LockLens no pudo leer tu grado de contacto en esta página.',

  // Evidence fragments are joined with "; " and end with ".", like the English ones.
  'evidence.degree': 'Esta persona: {degree}',
  'evidence.premium-badge': 'tiene la insignia Premium, así que es posible que tenga Open Profile',
  'evidence.no-open-profile-sign': 'sin insignia Premium, así que nada indica Open Profile',
  'evidence.self': 'estás viendo tu propio perfil',
  'evidence.degree-unread': 'no se ve ningún grado de contacto',
  'evidence.pending': 'el perfil muestra «Pendiente»',
  'evidence.no-connect': 'no se ofrece «Conectar»',
  'evidence.no-connect-cap':
    'no se ofrece «Conectar»: un ajuste de esta persona, o alguno de los dos llegó al máximo de LinkedIn de 30.000 contactos',
  'evidence.shared-group': 'tienes un grupo en común con esta persona: una solicitud de mensaje es gratis',
  'evidence.shared-company':
    'LinkedIn destaca una empresa en común: si ahora trabajas allí igual que esta persona, una solicitud de mensaje es gratis',
  'evidence.incoming-invitation': 'te ha invitado: acepta y podrás escribirle gratis',
  'evidence.past-contact': 'ya le escribiste: esa conversación puede seguir abierta',
  'evidence.old-invitations':
    '{count} invitaciones que enviaste hace más de dos semanas a personas a las que no has escrito desde entonces; LockLens no ve cuáles siguen pendientes',
  'evidence.message-limit-exists': 'LinkedIn limita los mensajes por periodo, pero no publica ninguna cifra',
  'evidence.connect-offered': 'se ofrece «Conectar»',
  'evidence.follow-primary': '«Seguir» es su primer botón',
  'evidence.connect-in-more': '«Conectar» está en el menú «Más»',
  'evidence.plan': 'tu plan: {plan}',
  'evidence.credits': 'créditos de InMail restantes: {credits}',
  'evidence.setting-not-visible': 'la página no muestra este ajuste',
  'evidence.invites-used': '{used} de unas {limit} invitaciones usadas en 7 días',
  'evidence.notes-used': 'usadas las {quota} notas de este mes',
  'evidence.messages-today': 'mensajes hoy: {sent}; tu ritmo orientativo: {pace}',
  'evidence.near-duplicates': '{count} mensajes casi idénticos esta semana',
  'evidence.profile-completeness': 'tu perfil está completo en torno al {percent} %',
  'evidence.own-connections': 'tus contactos: {count}',
  'evidence.unconfirmed-claim': 'LinkedIn no lo confirma',
  'evidence.open-to-work': 'está disponible para trabajar, así que probablemente agradezca un contacto relevante',
  'evidence.hiring': 'está contratando, así que probablemente agradezca candidaturas relevantes',
  'evidence.no-photo-hint':
    'sin foto de perfil: hay quien dice que estos miembros restringen los mensajes (sin confirmar)',
  'evidence.large-network-hint':
    'más de 500 contactos: hay quien dice que estos miembros aceptan más mensajes (sin confirmar)',
  'evidence.active-poster-hint': 'publica y responde: señal de que lee sus mensajes (sin confirmar)',

  'step.message-now': 'Enviar un mensaje ahora',
  'step.message-now.why': 'Es uno de tus contactos: los mensajes son gratis.',
  'step.accept-invitation': 'Aceptar y escribir',
  'step.accept-invitation.why':
    'Te ha invitado: si aceptas, pasa a ser tu contacto y podrás escribirle gratis. Hay quien ve un cuadro de respuesta en la invitación antes de aceptarla.',
  'step.reply-in-conversation': 'Seguir la conversación',
  'step.reply-in-conversation.why':
    'Ya le escribiste: abre esa conversación en tus mensajes y, si te respondió, continúa ahí.',
  'step.try-message-open-profile': 'Probar «Mensaje» (Open Profile)',
  'step.try-message-open-profile.why':
    'Los miembros Premium pueden activar Open Profile: así cualquiera puede escribirles gratis, sin cuenta de pago. LinkedIn limita estos mensajes por periodo y los miembros pueden desactivarlos; la ventana de redacción te dirá si es gratis.',
  'step.message-via-shared-group': 'Escribir a través de un grupo en común',
  'step.message-via-shared-group.why': 'Los miembros de un mismo grupo pueden enviarse solicitudes de mensaje.',
  'step.message-request-coworker': 'Enviar una solicitud de mensaje como compañero de empresa',
  'step.message-request-coworker.why':
    'Si ahora trabajas en esta empresa igual que esta persona, LinkedIn te deja enviarle gratis una solicitud de mensaje.',
  'step.wait-for-acceptance': 'Esperar a que acepte',
  'step.wait-for-acceptance.why':
    'Cuando acepte, podrás escribirle gratis. Si retiras la invitación, no podrás volver a invitar a esta persona durante un máximo de 3 semanas.',
  'step.connect-with-note': 'Conectar con una nota',
  'step.connect-with-note.why':
    'Gratis. Explica en una frase por qué quieres conectar. Notas que te quedan este mes: {left}.',
  'step.connect-with-note.why-unlimited': 'Gratis. Explica en una frase por qué quieres conectar.',
  'step.connect-from-more-menu': 'Conectar desde el menú «Más»',
  'step.connect-from-more-menu.why': '«Conectar» está en «Más». Gratis; añade una nota personal breve.',
  'step.connect-from-more-menu.why-no-note':
    '«Conectar» está en «Más». Ya usaste tus notas de este mes: envía la invitación sin nota.',
  'step.connect-without-note': 'Conectar sin nota',
  'step.connect-without-note.why': 'Gratis, y no gasta ninguna de tus notas mensuales.',
  'step.connect-without-note.why-quota': 'Ya usaste tus notas de este mes; una invitación sin nota sigue funcionando.',
  'step.engage-with-posts': 'Interactuar primero con sus publicaciones',
  'step.engage-with-posts.why': 'Un comentario bien pensado hace que tu nombre le suene antes de que le escribas.',
  'step.mention-in-post': 'Mencionarle donde le concierna',
  'step.mention-in-post.why':
    'Hay quien aconseja mencionarle en una publicación o un comentario sobre su trabajo para que se fije en ti. Solo donde de verdad le concierna: una mención le envía una notificación.',
  'step.ask-mutual-for-intro': 'Pedir una presentación a un contacto en común',
  'step.ask-mutual-for-intro.why':
    'Contactos en común: {count}. Una presentación personal funciona mejor que un mensaje en frío.',
  'step.slow-down': 'Bajar el ritmo',
  'step.slow-down.why':
    'Estás enviando mucho, según el ritmo orientativo de LockLens: reparte tus mensajes en unos días y escribe cada uno para quien lo recibe.',
  'step.slow-down.why-invites':
    'Estás cerca del límite semanal de invitaciones: espera unos días. Si LinkedIn restringe tus invitaciones, su soporte no puede levantarlo antes de tiempo.',
  'step.withdraw-old-invitations': 'Retirar invitaciones antiguas',
  'step.withdraw-old-invitations.why':
    'En Mi red, entre las invitaciones enviadas, retira las que sigan pendientes tras dos semanas: LinkedIn puede restringir las invitaciones cuando hay demasiadas sin responder. A quien retires la invitación no podrás volver a invitarle durante un máximo de 3 semanas.',
  'step.complete-your-profile': 'Completar tu perfil',
  'step.complete-your-profile.why':
    'Una foto, un titular y tu experiencia hacen que acepten tus invitaciones con más facilidad.',
  'step.complete-your-profile.why-self':
    'Este eres tú: un perfil completo ayuda a que acepten tus propias invitaciones.',
  'step.send-inmail': 'Enviar un InMail',
  'step.send-inmail.why': 'Usa 1 crédito (te quedan {credits}); lo recuperas si acepta, rechaza o responde en 90 días.',
  'step.send-inmail.why-unknown': 'Usa 1 crédito; lo recuperas si acepta, rechaza o responde en 90 días.',
  'step.send-inmail.why-again':
    'Ya le enviaste un InMail: las páginas de ayuda de LinkedIn no coinciden en si puedes enviar otro antes de que responda, y costaría otro crédito.',
  'step.upgrade': 'Pasar a un plan de pago para enviar InMails',
  'step.upgrade.why':
    'Un plan de pago incluye créditos de InMail cada mes. Solo compensa si escribes a menudo a personas que no son tus contactos.',
  'step.save-for-later': 'Guardar para más tarde',
  'step.save-for-later.why': '¿Ahora no? Guarda a esta persona en tu lista y vuelve cuando se abra un camino.',
  'step.save-for-later.why-pending': 'Guarda a esta persona en tu lista y vuelve cuando acepte.',

  // The composer checker (lib/composer/messages-en.ts).
  'composer.not-personal.reason':
    'Aquí todavía nada habla de esta persona: ni su nombre, ni su empresa, ni un detalle de su perfil.',
  'composer.not-personal.suggestion':
    'Añade un detalle que demuestre que leíste su perfil: su nombre, su empresa o algo en lo que trabaja.',

  'composer.no-reason-up-front.reason': 'La primera frase no dice por qué escribes.',
  'composer.no-reason-up-front.suggestion': 'Empieza por el motivo, p. ej., «Te escribo porque…», y después el resto.',

  'composer.promotional.reason': '«{phrase}» suena a discurso de ventas.',
  'composer.promotional.suggestion':
    'Deja la venta fuera del primer contacto: di por qué te diriges a esta persona y ofrece detalles si le interesa.',

  'composer.link-in-first-message.reason':
    'Un enlace en un primer mensaje o nota puede acabar filtrado como spam: LinkedIn mueve a la carpeta de spam los primeros mensajes marcados de contactos nuevos.',
  'composer.link-in-first-message.suggestion': 'Quita el enlace por ahora y ofrece enviarlo cuando te responda.',

  'composer.phone-in-first-message.reason':
    'Un número de teléfono en un primer mensaje invita a seguir la conversación fuera de LinkedIn, algo que las normas de LinkedIn contra el spam señalan como infracción: el mensaje puede acabar filtrado como spam.',
  'composer.phone-in-first-message.suggestion': 'Deja que elija cómo hablar: propón una llamada cuando te responda.',

  'composer.too-long.reason': '{length} caracteres: supera el límite de {limit} de este campo.',
  'composer.too-long.suggestion': 'Recórtalo a {limit} caracteres: conserva el motivo y un detalle personal.',
  'composer.too-long.reason-near': '{length} de {limit} caracteres: cerca del límite.',
  'composer.too-long.suggestion-near': 'Así está bien; todo lo que añadas cuenta para el límite de {limit}.',
  'composer.too-long.reason-unpublished':
    '{length} caracteres: más de {limit}, una longitud que LinkedIn no publica; un mensaje más corto es más seguro.',
  'composer.too-long.reason-near-unpublished':
    '{length} de unos {limit} caracteres, una longitud que LinkedIn no publica.',

  // {count} is 2 or more here; a single earlier message has its own text (reason-one).
  'composer.near-duplicate.reason': 'Se parece a {count} mensajes que enviaste esta semana.',
  'composer.near-duplicate.reason-one': 'Se parece a un mensaje que enviaste esta semana.',
  'composer.near-duplicate.suggestion':
    'Reescríbelo para esta persona: el mismo texto enviado a mucha gente parece un envío masivo.',

  'composer.notes-running-out.reason': 'Notas personalizadas que te quedan este mes con una cuenta gratuita: {left}.',
  'composer.notes-running-out.suggestion':
    'Guarda las notas para quien necesite contexto; una invitación sin nota también llega.',

  'composer.invites-running-out.reason':
    'Invitaciones que te quedan esta semana, según el recuento de LockLens: {left}.',
  'composer.invites-running-out.suggestion':
    'Úsalas con personas a las que tengas un motivo real para conocer; el recuento se libera a medida que las invitaciones antiguas salen del periodo.',
};
