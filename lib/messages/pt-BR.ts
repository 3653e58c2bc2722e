/**
 * Brazilian Portuguese texts, key for key the same as lib/messages/en.ts (test/i18n checks keys
 * and `{params}`).
 *
 * Address: "você", as in LinkedIn's Brazilian interface. LinkedIn's own Portuguese words are kept
 * so the texts point at what the user sees: Conectar, Mensagem, Seguir, Mais, Pendente, conexões
 * ("conexão de 3º grau"), convite, nota (the invitation note), publicações, plano.
 * Product names stay in English: LinkedIn ("o LinkedIn"), Premium, Sales Navigator, Recruiter
 * (Lite), InMail, and Open Profile, whose Portuguese name in LinkedIn's help we could not confirm.
 * LockLens takes the article too ("o LockLens"), as software names do in Brazilian Portuguese.
 * "Follow-up" is the everyday Brazilian business word and is kept.
 * Counts are written "Sugestões: {count}" where the number can be 1.
 */
export const PT_BR: Record<string, string> = {
  'ext.name': 'LockLens',
  'ext.description':
    'Explica por que suas mensagens no LinkedIn estão bloqueadas e o próximo passo legítimo mais barato. Tudo fica no seu aparelho.',
  'ui.other-reasons': 'Outros motivos possíveis ({count})',
  'ui.next-steps': 'Próximos passos, os mais baratos primeiro',
  'ui.why': 'por quê?',
  'ui.details-loading': 'Considerando seu plano e seu ritmo…',
  'ui.details-unavailable':
    'O LockLens não conseguiu explicar este perfil agora. Recarregue a página para tentar de novo.',
  'ui.cost.credit': 'usa um crédito de InMail',
  'ui.cost.paid': 'pago',
  'ui.hint-label': 'LockLens: {state}. Por quê?',
  'ui.hide-for-profile': 'Ocultar neste perfil',
  'ui.hide-for-person': 'Ocultar para esta pessoa',
  'ui.close': 'Fechar',
  'ui.show-more-menu': 'Mostrar o menu “Mais”',
  'ui.show-connect': 'Mostrar “Conectar”',
  'ui.show-message': 'Mostrar “Mensagem”',
  'ui.show-posts': 'Mostrar as publicações',
  'ui.unreadable': 'O LockLens não conseguiu ler esta página',
  'ui.unreadable.top-card-missing': 'O cabeçalho do perfil não apareceu.',
  'ui.unreadable.not-a-profile-page': 'Esta não é uma página de perfil.',
  'ui.unreadable.reader-error': 'O LockLens não reconhece o layout desta página.',
  'ui.unreadable.not-html': 'Esta não é uma página da web.',
  'ui.popup.empty':
    'Abra o perfil de alguém no LinkedIn para ver por que as mensagens estão bloqueadas e o que fazer a seguir.',
  'ui.popup.reading': 'Lendo este perfil…',
  'ui.popup.quiet': 'O modo discreto está ativado: o LockLens mostra a explicação só aqui.',
  'ui.pace.title': 'Seu ritmo de envio',
  'ui.pace.empty': 'Nada foi contado ainda. Os convites e as mensagens que você enviar no LinkedIn vão aparecer aqui.',
  'ui.pace.of': '{used} de {limit}',
  'ui.pace.near': 'Perto do limite: diminua o ritmo por alguns dias.',
  'ui.pace.reached': 'Neste limite: se continuar, o LinkedIn pode restringir seus convites por cerca de uma semana.',
  'ui.pace.reached.notes':
    'Todas as notas usadas: o LinkedIn bloqueia só a nota; convites sem nota continuam sendo enviados.',
  'ui.pace.reached.messages':
    'Você atingiu sua referência de ritmo (a do LockLens, não uma regra do LinkedIn): diminua o ritmo.',
  'ui.pace.reached.inmail':
    'Os créditos mensais do seu plano foram usados; créditos acumulados ou devolvidos podem restar.',
  'ui.pace.source-user': 'Seu próprio limite',
  'ui.pace.guideline': 'o LinkedIn limita as mensagens por período, mas não publica nenhum número',
  'ui.pace.invites': 'Convites, últimos 7 dias',
  'ui.pace.frees-on': 'o mais antigo sai da contagem em {date}',
  'ui.pace.notes': 'Notas de convite neste mês (o LinkedIn não diz como conta)',
  'ui.pace.no-note-limit': 'Seu plano não tem limite mensal de notas',
  'ui.pace.inmail': 'InMails neste período',
  'ui.pace.credits-unknown': 'créditos restantes desconhecidos (abra a janela de InMail ou informe-os nas opções)',
  'ui.pace.credits-left': '{count} crédito restante | {count} créditos restantes',
  'ui.pace.renews': 'renovação em {date}',
  'ui.pace.messages': 'Mensagens hoje',
  'ui.pace.followups': 'Follow-ups sem resposta, 30 dias',
  'ui.pace.duplicates': 'Mensagens quase idênticas nesta semana',
  'ui.pace.duplicates-advice': 'personalize cada uma',
  'ui.pace.chart': 'Envios por dia nos últimos 30 dias',
  'ui.pace.line': 'Seu ritmo num relance',
  'ui.pace.line.invites': 'Convites, 7 dias',
  'ui.pace.line.notes': 'Notas neste mês',
  'ui.pace.line.inmail': 'InMails no período',
  'ui.pace.line.messages': 'Mensagens hoje',
  'ui.pace.line.near': 'perto do limite',
  'ui.pace.line.reached': 'limite atingido',
  'ui.pace.line.details': 'Ver todo o seu ritmo abaixo',
  'ui.pace.what-counts':
    'Contado neste dispositivo a partir do que o LinkedIn confirmou na tela: só eventos, nunca nomes nem textos de mensagens.',
  'ui.kind.invite-note': 'Convite com nota',
  'ui.kind.invite': 'Convite',
  'ui.kind.message': 'Mensagem',
  'ui.kind.followup': 'Follow-up',
  'ui.kind.inmail': 'InMail',
  'ui.composer.title': 'LockLens',
  'ui.composer.looks-good': 'Parece pessoal e claro.',
  'ui.composer.count': '{count} sugestão | {count} sugestões',
  'ui.composer.hide': 'Ocultar aqui',
  'ui.composer.pace-near': 'Mensagens enviadas hoje: {sent}; sua referência de ritmo é {pace}.',
  'ui.composer.label': 'Sugestões do LockLens para este texto',
  'ui.options.title': 'Opções do LockLens',
  'ui.options.saved': 'Salvo.',
  'ui.options.whole-number': 'Digite um número inteiro de {min} a {max}. Nada foi salvo.',
  'ui.options.account': 'Sua conta do LinkedIn',
  'ui.options.detected':
    'O LinkedIn ofereceu a você uma avaliação gratuita do Premium, que só aparece para membros sem Premium. Seu plano é “{plan}”?',
  'ui.options.use-detected': 'Sim, usar',
  'ui.options.keep-mine': 'Não, manter minha escolha',
  'ui.options.plan': 'Plano',
  'ui.options.credits': 'Créditos de InMail restantes',
  'ui.options.credits-hint':
    'Deixe em branco se não souber; o LockLens também lê a linha de créditos da janela de InMail.',
  'ui.options.renewal': 'Dia do mês em que seu plano é renovado',
  'ui.options.open-profile': 'Meu próprio perfil é um Open Profile (qualquer pessoa pode me enviar mensagens de graça)',
  'ui.options.limits': 'Limites',
  'ui.options.limits-intro':
    'O LinkedIn publica poucos números. Estes são os valores padrão do seu plano e a origem de cada um; defina os seus quando souber mais.',
  'ui.options.default': 'Padrão: {value} ({source})',
  'ui.options.no-default': 'Seu plano não tem esse limite ({source})',
  'ui.limit.invites-per-week': 'Convites por semana (móvel ou de calendário: o LinkedIn não diz)',
  'ui.limit.notes-per-month': 'Notas de convite por mês (mês do calendário ou últimos 30 dias: o LinkedIn não diz)',
  'ui.limit.note-length': 'Tamanho da nota de convite (caracteres)',
  'ui.limit.inmail-credits-per-month': 'Créditos de InMail por mês',
  'ui.limit.messages-per-day': 'Mensagens por dia (sua referência de ritmo)',
  'ui.limit-note.inmail-credits-per-month':
    'Créditos não usados se acumulam até um teto e expiram após 90 dias; créditos Premium não valem no Sales Navigator nem no Recruiter.',
  'ui.options.features': 'No LinkedIn',
  'ui.options.toggle.hintsEnabled': 'Mostrar o aviso nos perfis',
  'ui.options.toggle.quietMode':
    'Modo discreto: não inserir nada na página do LinkedIn (o ícone da barra de ferramentas e o pop-up continuam explicando)',
  'ui.options.toggle.composerChecks': 'Verificar mensagens e notas de convite enquanto eu escrevo',
  'ui.options.toggle.listMarks':
    'Mostrar um cadeado ou um visto ao lado de cada pessoa nos resultados de pesquisa e em “Minha rede”',
  'ui.options.warn-at': 'Avisar ao atingir esta parcela de um limite (porcentagem)',
  'ui.options.retention': 'Dias de histórico detalhado de envios a manter',
  'ui.options.retention-hint': 'Envios mais antigos ficam guardados só como totais diários.',
  'ui.options.data': 'Seus dados',
  'ui.options.stored': 'O LockLens guarda, somente no armazenamento do seu navegador:',
  'ui.options.stored-settings':
    'suas configurações (armazenamento sincronizado do navegador, para acompanhar você nos seus outros navegadores), com os totais diários dos seus envios por navegador;',
  'ui.options.stored-ledger':
    'seus envios como eventos (tipo, horário, um hash com salt do destinatário, uma impressão digital com salt do texto), nunca nomes nem textos de mensagens (armazenamento local);',
  'ui.options.stored-hidden': 'hashes com salt dos perfis em que você ocultou o aviso (armazenamento local);',
  'ui.options.stored-own-profile':
    'um resumo do seu próprio perfil do LinkedIn, lido quando você o abre: quais partes ele mostra, seu número de conexões e a data (armazenamento local; nunca o perfil de outra pessoa);',
  'ui.options.stored-saved':
    'as pessoas que você salva para depois, com sua nota e seu lembrete (armazenamento local; as alteradas mais recentemente também são sincronizadas).',
  'ui.options.never-sent': 'Nada é enviado a nenhum servidor: o LockLens não faz nenhuma solicitação de rede.',
  'ui.options.export': 'Exportar tudo',
  'ui.options.exported': 'Exportado para seus downloads.',
  'ui.options.import': 'Importar um arquivo…',
  'ui.options.imported': 'Importado. Tudo o que estava no arquivo já está em uso.',
  'ui.options.import-failed': 'Não foi possível importar o arquivo; nada foi alterado.',
  'ui.options.reset': 'Redefinir tudo…',
  'ui.options.reset-confirm': 'Excluir todas as configurações e contagens deste navegador?',
  'ui.options.reset-yes': 'Sim, excluir tudo',
  'ui.options.cancel': 'Cancelar',
  'ui.options.reset-done': 'Tudo foi excluído. O LockLens começa do zero.',
  'ui.has-news': 'Algo mudou ou você já entrou em contato com essa pessoa',
  'ui.contact.invite': 'Você convidou essa pessoa {when}.',
  'ui.contact.invite-note': 'Você convidou essa pessoa com uma nota {when}.',
  'ui.contact.message': 'Você enviou uma mensagem para essa pessoa {when}.',
  'ui.contact.followup': 'Você fez um follow-up com essa pessoa {when}.',
  'ui.contact.inmail': 'Você enviou uma mensagem InMail para essa pessoa {when}.',
  'saved.now-connected': 'Agora é conexão de 1º grau: você pode enviar mensagens de graça.',
  'saved.still-pending': 'Seu convite continua pendente depois de {weeks} semanas.',
  'saved.invitation-gone': 'Seu convite não está mais pendente (retirado ou ignorado).',
  'saved.closer': 'Agora é conexão de 2º grau: vocês têm uma conexão em comum.',
  'saved.follow-up-due': 'Chegou a hora do seu follow-up com essa pessoa.',
  'ui.save.open': 'Salvar…',
  'ui.save.update': 'Atualizar o item salvo…',
  'ui.save.note': 'Nota (opcional, só neste dispositivo)',
  'ui.save.follow-up': 'Lembrar-me',
  'ui.save.no-follow-up': 'Sem lembrete',
  'ui.save.in-days': 'Em {count} dias',
  'ui.save.save': 'Salvar',
  'ui.save.done': 'Salvo na sua lista.',
  'ui.save.done-follow-up': 'Salvo. O ícone da barra de ferramentas vai contar como pendente a partir de {date}.',
  'ui.save.list-full': 'Sua lista está cheia (2.000 pessoas). Remova algumas no pop-up primeiro.',
  'ui.save.failed': 'Não foi possível salvar: recarregue a página e tente de novo.',
  'ui.saved.title': 'Salvos para depois',
  'ui.saved.due': 'pendentes: {count}',
  'ui.toolbar.follow-ups-due':
    'LockLens: {count} acompanhamento pendente | LockLens: {count} acompanhamentos pendentes',
  'ui.saved.empty': 'Ninguém salvo ainda. Em um perfil, abra o aviso ou este pop-up e escolha “Salvar…”.',
  'ui.saved.follow-up': 'follow-up em {date}',
  'ui.saved.was-due': 'follow-up pendente desde {date}',
  'ui.saved.mark-done': 'Concluído',
  'ui.saved.remove': 'Remover',
  'ui.saved.show-more': 'Mostrar mais {count}',
  'ui.own-profile.title': 'Seu perfil',
  'ui.own-profile.never-read': 'Abra uma vez o seu próprio perfil do LinkedIn para que o LockLens possa verificá-lo.',
  'ui.own-profile.nothing-missing': 'Não falta nada do que o LockLens conseguiu ver.',
  'ui.own-profile.missing.photo': 'Adicione uma foto',
  'ui.own-profile.missing.headline': 'Escreva um título',
  'ui.own-profile.missing.about': 'Escreva uma seção Sobre',
  'ui.own-profile.missing.experience': 'Adicione sua experiência',
  'ui.own-profile.missing.activity': 'Publique ou comente de vez em quando',
  'ui.own-profile.missing.network': 'Amplie sua rede ({count} conexão) | Amplie sua rede ({count} conexões)',
  'ui.own-profile.unchecked': 'Não foi possível verificar: {parts}.',
  'ui.own-profile.part.photo': 'foto',
  'ui.own-profile.part.headline': 'título',
  'ui.own-profile.part.about': 'Sobre',
  'ui.own-profile.part.experience': 'experiência',
  'ui.own-profile.part.activity': 'publicações recentes',
  'ui.own-profile.part.connections': 'conexões',
  'ui.own-profile.read': 'Lido {when} · abra seu perfil para atualizar',
  'ui.own-profile.source':
    'Conselho da comunidade, não uma regra do LinkedIn: um perfil completo e uma rede maior talvez recebam mais respostas.',
  'ui.options.save-failed':
    'Não foi possível salvar: seu navegador recusou (o armazenamento sincronizado dele pode estar cheio). Nada foi alterado.',
  'ui.problems.title': 'O LockLens teve problemas com os dados armazenados',
  'ui.problems.settings-newer-version':
    'Suas configurações foram salvas por uma versão mais nova do LockLens. Esta versão as usa até onde as entende e não as altera; atualize o LockLens para usar todas elas.',
  'ui.problems.settings-fields-reset': 'Algumas configurações estavam danificadas e voltaram ao padrão: {detail}.',
  'ui.problems.ledger-recovered':
    'Seu histórico de envios estava danificado. O LockLens manteve o que ainda era válido ({detail}) e guardou o original à parte.',
  'ui.problems.saved-recovered':
    'Sua lista de pessoas salvas estava danificada. O LockLens manteve o que ainda era válido ({detail}) e guardou o original à parte.',
  'ui.problems.own-profile-unreadable':
    'O resumo do seu próprio perfil estava danificado e não é usado: abra seu perfil do LinkedIn para que ele seja lido de novo.',
  'ui.problems.sync-quota':
    'O armazenamento sincronizado do seu navegador está cheio: o LockLens mantém tudo neste navegador, mas pode não chegar aos seus outros navegadores.',
  'ui.problems.dismiss': 'Entendi',
  'ui.privacy-line': 'Tudo o que o LockLens lê e conta fica neste dispositivo.',
  'messaging.free': 'Mensagem gratuita',
  'messaging.locked': 'Mensagem bloqueada',
  'messaging.unknown': 'Mensagem: situação incerta',
  // The list marks (search results, My Network): one line each, from the verdict.
  'ui.mark.locked': 'Bloqueada: {cause}',
  'ui.mark.step': '{step} ({cost})',
  'ui.cost.free': 'grátis',
  'ui.mark.cause.not-connected': 'sem conexão',
  'ui.mark.cause.invitation-pending': 'convite pendente',
  'ui.mark.cause.out-of-network': 'fora da sua rede',
  'ui.mark.cause.needs-premium-for-inmail': 'InMail exige um plano pago',
  'ui.mark.cause.inmail-credits-exhausted': 'sem créditos de InMail',
  'ui.mark.cause.recipient-may-block-inmail': 'talvez não aceite InMail',
  'ui.mark.cause.follow-only-profile': '“Seguir” é o botão principal',
  'ui.mark.cause.connection-cap-reached': 'você tem 30.000 conexões',
  'ui.mark.cause.invite-limit-near': 'perto do limite semanal de convites',
  'ui.mark.cause.invitations-outstanding': 'muitos convites pendentes',
  'ui.mark.cause.note-quota-used': 'notas de convite esgotadas',
  'ui.mark.cause.sending-pace-high': 'muitas mensagens hoje',
  'ui.mark.cause.sender-profile-incomplete': 'seu perfil está incompleto',
  'ui.mark.cause.sender-network-small': 'sua rede é pequena',
  'ui.mark.cause.recipient-message-cap': 'um limite de mensagens não verificado',
  'ui.mark.cause.repeated-text': 'textos quase idênticos',
  'ui.mark.cause.own-profile': 'seu próprio perfil',
  'ui.mark.cause.page-unclear': 'grau não visível',

  'source.official': 'Regra oficial do LinkedIn',
  'source.observed': 'Observado na página',
  'source.community': 'Afirmação da comunidade, não confirmada pelo LinkedIn',
  'source.lockLens-guideline': 'Referência do próprio LockLens, não uma regra do LinkedIn',
  'basis.help': 'Ajuda do LinkedIn {source} · verificado em {checked}',
  'basis.web': 'Relatado em {source} · verificado em {checked}',

  // Shown after "Esta pessoa: " (evidence.degree) and in the CLI's "(…)".
  'degree.1st': 'conexão de 1º grau',
  'degree.2nd': 'conexão de 2º grau',
  'degree.3rd': 'conexão de 3º grau',
  'degree.out-of-network': 'fora da sua rede',
  'degree.self': 'seu próprio perfil',
  'degree.unknown': 'grau de conexão desconhecido',

  'plan.free': 'Gratuito (Básico)',
  'plan.premium-career': 'Premium Career',
  'plan.premium-business': 'Premium Business',
  'plan.sales-navigator': 'Sales Navigator',
  'plan.recruiter-lite': 'Recruiter Lite',
  'plan.recruiter': 'Recruiter',

  'cause.not-connected':
    'Vocês não estão conectados: mensagens gratuitas vão para suas conexões, e para os outros só como solicitação de mensagem (um grupo em comum, um colega de empresa atual) ou para o Open Profile deles.',
  'cause.invitation-pending':
    'Seu convite ainda está pendente: assim que a pessoa aceitar, você poderá enviar mensagens de graça.',
  'cause.out-of-network':
    'Esta pessoa está fora da sua rede, por isso o LinkedIn oferece menos formas de chegar até ela.',
  'cause.needs-premium-for-inmail':
    'Sem um caminho gratuito (um grupo em comum, um colega de empresa atual, o Open Profile da pessoa), para enviar mensagem a quem não é sua conexão é preciso um InMail, que exige um plano pago.',
  'cause.inmail-credits-exhausted':
    'Você não tem mais créditos de InMail: eles se renovam com seu plano, e um crédito volta sempre que um InMail é aceito, recusado ou respondido em até 90 dias.',
  'cause.recipient-may-block-inmail': 'Os membros podem desativar InMails e mensagens de pessoas que não conhecem.',
  'cause.follow-only-profile':
    'Este membro definiu “Seguir” como botão principal; “Conectar” está escondido ou desativado.',
  'cause.connection-cap-reached':
    'Você tem 30.000 conexões, o máximo do LinkedIn: pode seguir pessoas, mas não se conectar com mais ninguém.',
  'cause.invite-limit-near': 'Você está perto do limite semanal de convites (o LinkedIn não publica nenhum número).',
  'cause.invitations-outstanding':
    'Muitos dos seus convites talvez ainda estejam pendentes: o LinkedIn pode restringir convites quando há pendentes demais.',
  'cause.note-quota-used':
    'Você já usou as notas personalizadas de convite deste mês (o LinkedIn não diz como conta o mês).',
  'cause.sending-pace-high': 'Você está enviando muitas mensagens hoje, pela referência de ritmo do LockLens.',
  'cause.sender-profile-incomplete': 'Um perfil incompleto pode fazer suas mensagens parecerem menos confiáveis.',
  'cause.sender-network-small': 'Uma rede pequena pode deixar o LinkedIn e os destinatários mais cautelosos.',
  'cause.recipient-message-cap':
    'Não verificado: um artigo afirma que os membros só podem receber um número limitado de mensagens por mês; nenhuma fonte confirma isso.',
  'cause.repeated-text': 'Nesta semana, você enviou textos quase idênticos para várias pessoas.',
  'cause.own-profile': 'Este é o seu próprio perfil.',
  'cause.page-unclear': 'O LockLens não conseguiu ler o seu grau de conexão nesta página.',

  // Evidence fragments are joined with "; " and end with ".", like the English ones.
  'evidence.degree': 'Esta pessoa: {degree}',
  'evidence.premium-badge': 'a pessoa tem um selo Premium, então o Open Profile é possível',
  'evidence.no-open-profile-sign': 'sem selo Premium, então nenhum sinal de Open Profile',
  'evidence.self': 'você está vendo o seu próprio perfil',
  'evidence.degree-unread': 'nenhum grau de conexão visível',
  'evidence.pending': 'o perfil mostra “Pendente”',
  'evidence.no-connect': '“Conectar” não é oferecido',
  'evidence.no-connect-cap':
    '“Conectar” não é oferecido: uma configuração da pessoa, ou um de vocês chegou ao máximo do LinkedIn de 30.000 conexões',
  'evidence.shared-group': 'vocês estão em um grupo em comum: uma solicitação de mensagem é gratuita',
  'evidence.shared-company':
    'o LinkedIn destaca uma empresa em comum: se vocês dois trabalham lá agora, uma solicitação de mensagem é gratuita',
  'evidence.incoming-invitation': 'a pessoa convidou você: aceite e você poderá enviar mensagens de graça',
  'evidence.past-contact': 'você já escreveu para a pessoa: essa conversa pode continuar aberta',
  'evidence.old-invitations':
    '{count} convites que você enviou há mais de duas semanas a pessoas para quem não escreveu desde então; o LockLens não vê quais ainda estão pendentes',
  'evidence.message-limit-exists': 'o LinkedIn limita as mensagens por período, mas não publica nenhum número',
  'evidence.connect-offered': '“Conectar” é oferecido',
  'evidence.follow-primary': '“Seguir” é o primeiro botão',
  'evidence.connect-in-more': '“Conectar” está no menu “Mais”',
  'evidence.plan': 'seu plano: {plan}',
  'evidence.credits': 'créditos de InMail restantes: {credits}',
  'evidence.setting-not-visible': 'a página não mostra essa configuração',
  'evidence.invites-used': '{used} de cerca de {limit} convites usados em 7 dias',
  'evidence.notes-used': 'todas as {quota} notas deste mês foram usadas',
  'evidence.messages-today': 'mensagens hoje: {sent}; sua referência de ritmo: {pace}',
  'evidence.near-duplicates': '{count} mensagens quase idênticas nesta semana',
  'evidence.profile-completeness': 'seu perfil está cerca de {percent}% completo',
  'evidence.own-connections': 'suas conexões: {count}',
  'evidence.unconfirmed-claim': 'o LinkedIn não confirma isso',
  'evidence.open-to-work':
    'a pessoa está disponível para trabalhar, então um contato relevante provavelmente será bem-vindo',
  'evidence.hiring': 'a pessoa está contratando, então candidatos relevantes provavelmente serão bem-vindos',
  'evidence.no-photo-hint': 'sem foto de perfil: há quem diga que esses membros restringem mensagens (não confirmado)',
  'evidence.large-network-hint':
    'mais de 500 conexões: há quem diga que esses membros aceitam mais mensagens (não confirmado)',
  'evidence.active-poster-hint': 'a pessoa publica e responde: sinal de que lê as mensagens (não confirmado)',

  'step.message-now': 'Enviar mensagem agora',
  'step.message-now.why': 'Vocês estão conectados: as mensagens são gratuitas.',
  'step.accept-invitation': 'Aceitar e enviar mensagem',
  'step.accept-invitation.why':
    'A pessoa convidou você: aceite, e vocês estarão conectados e você poderá enviar mensagens de graça. Há quem veja uma caixa de resposta no convite antes de aceitar.',
  'step.reply-in-conversation': 'Continuar a conversa',
  'step.reply-in-conversation.why':
    'Você já escreveu para a pessoa: abra essa conversa nas suas mensagens e, se ela respondeu, continue por lá.',
  'step.try-message-open-profile': 'Tentar “Mensagem” (Open Profile)',
  'step.try-message-open-profile.why':
    'Membros Premium podem ativar o Open Profile: aí qualquer pessoa pode enviar mensagem de graça, sem conta paga. O LinkedIn limita essas mensagens por período e os membros podem desativá-las; a janela de mensagem vai dizer se é gratuito.',
  'step.message-via-shared-group': 'Enviar mensagem pelo grupo em comum',
  'step.message-via-shared-group.why':
    'Membros de um mesmo grupo podem enviar uns aos outros uma solicitação de mensagem.',
  'step.message-request-coworker': 'Enviar uma solicitação de mensagem como colega de empresa',
  'step.message-request-coworker.why':
    'Se vocês dois trabalham agora nesta empresa, o LinkedIn permite enviar a ela uma solicitação de mensagem de graça.',
  'step.wait-for-acceptance': 'Esperar a pessoa aceitar',
  'step.wait-for-acceptance.why':
    'Depois que a pessoa aceitar, você poderá enviar mensagens de graça. Se retirar o convite, não poderá convidá-la de novo por até 3 semanas.',
  'step.connect-with-note': 'Conectar com uma nota',
  'step.connect-with-note.why':
    'Gratuito. Diga em uma frase por que você quer se conectar. Notas restantes neste mês: {left}.',
  'step.connect-with-note.why-unlimited': 'Gratuito. Diga em uma frase por que você quer se conectar.',
  'step.connect-from-more-menu': 'Conectar pelo menu “Mais”',
  'step.connect-from-more-menu.why': '“Conectar” fica em “Mais”. Gratuito; adicione uma nota pessoal curta.',
  'step.connect-from-more-menu.why-no-note':
    '“Conectar” fica em “Mais”. Suas notas deste mês acabaram: envie o convite sem nota.',
  'step.connect-without-note': 'Conectar sem nota',
  'step.connect-without-note.why': 'Gratuito e não usa nenhuma das suas notas mensais.',
  'step.connect-without-note.why-quota': 'Suas notas deste mês acabaram; um convite sem nota continua funcionando.',
  'step.engage-with-posts': 'Interagir primeiro com as publicações',
  'step.engage-with-posts.why': 'Um comentário bem pensado torna seu nome familiar antes de você entrar em contato.',
  'step.mention-in-post': 'Mencionar a pessoa onde for do interesse dela',
  'step.mention-in-post.why':
    'Há quem sugira mencionar a pessoa em uma publicação ou comentário sobre o trabalho dela, para que ela note você. Só onde for mesmo do interesse dela: uma menção envia uma notificação.',
  'step.ask-mutual-for-intro': 'Pedir uma apresentação a uma conexão em comum',
  'step.ask-mutual-for-intro.why':
    'Conexões em comum: {count}. Uma apresentação feita por alguém conhecido vale mais do que uma mensagem fria.',
  'step.slow-down': 'Diminuir o ritmo',
  'step.slow-down.why':
    'Você está enviando muito, pela referência de ritmo do LockLens: distribua suas mensagens em alguns dias e escreva cada uma para quem vai lê-la.',
  'step.slow-down.why-invites':
    'Você está perto do limite semanal de convites: espere alguns dias. Se o LinkedIn restringir seus convites, o suporte não pode suspender isso antes do tempo.',
  'step.withdraw-old-invitations': 'Retirar convites antigos',
  'step.withdraw-old-invitations.why':
    'Em Minha rede, nos convites enviados, retire os que continuam pendentes após duas semanas: o LinkedIn pode restringir convites quando há pendentes demais. Quem teve o convite retirado não pode ser convidado de novo por até 3 semanas.',
  'step.complete-your-profile': 'Completar seu perfil',
  'step.complete-your-profile.why':
    'Uma foto, um título e sua experiência aumentam a chance de as pessoas aceitarem seus convites.',
  'step.complete-your-profile.why-self':
    'Este é você: um perfil completo ajuda seus próprios convites a serem aceitos.',
  'step.send-inmail': 'Enviar InMail',
  'step.send-inmail.why':
    'Usa 1 crédito (restam {credits}); ele volta se a pessoa aceitar, recusar ou responder em até 90 dias.',
  'step.send-inmail.why-unknown': 'Usa 1 crédito; ele volta se a pessoa aceitar, recusar ou responder em até 90 dias.',
  'step.send-inmail.why-again':
    'Você já enviou um InMail para a pessoa: as páginas de ajuda do LinkedIn divergem sobre a possibilidade de enviar outro antes da resposta, e isso custaria mais um crédito.',
  'step.upgrade': 'Assinar um plano pago para enviar InMail',
  'step.upgrade.why':
    'Um plano pago inclui créditos mensais de InMail. Só vale a pena se você envia mensagens com frequência a quem não é sua conexão.',
  'step.save-for-later': 'Salvar para depois',
  'step.save-for-later.why': 'Agora não? Mantenha a pessoa na sua lista e volte quando surgir um caminho.',
  'step.save-for-later.why-pending': 'Mantenha a pessoa na sua lista e volte quando ela aceitar.',

  // The composer checker (lib/composer/messages-en.ts).
  'composer.not-personal.reason':
    'Nada aqui fala da pessoa ainda: nem nome, nem empresa, nem um detalhe do perfil dela.',
  'composer.not-personal.suggestion':
    'Inclua um detalhe que mostre que você leu o perfil: o nome, a empresa ou algo em que a pessoa trabalha.',

  'composer.no-reason-up-front.reason': 'A primeira frase não diz por que você está escrevendo.',
  'composer.no-reason-up-front.suggestion':
    'Comece pelo motivo, por exemplo “Estou entrando em contato porque…”, e depois o resto.',

  'composer.promotional.reason': '“{phrase}” soa como discurso de vendas.',
  'composer.promotional.suggestion':
    'Deixe a venda de fora no primeiro contato: diga por que essa pessoa e ofereça detalhes se houver interesse.',

  'composer.link-in-first-message.reason':
    'Um link na primeira mensagem ou nota pode ser filtrado como spam: o LinkedIn move para a pasta de spam as primeiras mensagens sinalizadas de contatos novos.',
  'composer.link-in-first-message.suggestion':
    'Deixe o link de fora por enquanto e ofereça enviá-lo quando a pessoa responder.',

  'composer.phone-in-first-message.reason':
    'Um número de telefone na primeira mensagem convida a levar a conversa para fora do LinkedIn, o que as regras do LinkedIn contra spam apontam como violação: a mensagem pode ser filtrada como spam.',
  'composer.phone-in-first-message.suggestion':
    'Deixe a pessoa escolher como conversar: sugira uma ligação quando ela responder.',

  'composer.too-long.reason': '{length} caracteres: acima do limite de {limit} deste campo.',
  'composer.too-long.suggestion': 'Reduza para {limit} caracteres: mantenha o motivo e um detalhe pessoal.',
  'composer.too-long.reason-near': '{length} de {limit} caracteres: perto do limite.',
  'composer.too-long.suggestion-near': 'Está bom assim; o que você acrescentar conta para o limite de {limit}.',
  'composer.too-long.reason-unpublished':
    '{length} caracteres: mais de {limit}, um tamanho que o LinkedIn não publica; uma mensagem mais curta é mais segura.',
  'composer.too-long.reason-near-unpublished':
    '{length} de cerca de {limit} caracteres, um tamanho que o LinkedIn não publica.',

  // {count} is 2 or more here; a single earlier message has its own text (reason-one).
  'composer.near-duplicate.reason': 'Parece com {count} mensagens que você enviou nesta semana.',
  'composer.near-duplicate.reason-one': 'Parece com uma mensagem que você enviou nesta semana.',
  'composer.near-duplicate.suggestion':
    'Reescreva para esta pessoa: o mesmo texto enviado a muita gente parece envio em massa.',

  'composer.notes-running-out.reason': 'Notas personalizadas restantes neste mês em uma conta gratuita: {left}.',
  'composer.notes-running-out.suggestion':
    'Guarde as notas para quem precisa de contexto; um convite sem nota também é enviado.',

  'composer.invites-running-out.reason': 'Convites restantes nesta semana, pela contagem do LockLens: {left}.',
  'composer.invites-running-out.suggestion':
    'Use-os com pessoas que você tem um motivo real para conhecer; a contagem é liberada conforme convites mais antigos saem da janela.',
};
