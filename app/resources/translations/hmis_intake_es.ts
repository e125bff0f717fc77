<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/admin/audit_screen.py" line="+48"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Laptop</source>
        <translation>Portátil</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/admin/quality_screen.py" line="+135"/>
        <location filename="../../ui/review_screens.py" line="+118"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="vanished">rechazado</translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="vanished">correcto</translation>
    </message>
    <message>
        <location filename="../../ui/admin/common.py" line="+40"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That did not work, and nothing was changed. Try again; if it keeps happening, tell your HMIS Admin.</source>
        <translation>No funcionó y no se cambió nada. Inténtelo de nuevo; si sigue pasando, avise a su administrador de HMIS.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;Type the device name to confirm: %1</source>
        <translation>&amp;Escriba el nombre del dispositivo para confirmar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/devices_screen.py" line="+54"/>
        <location filename="../../ui/admin/users_screen.py" line="+47"/>
        <location filename="../../ui/client_profile.py" line="+53"/>
        <location filename="../../ui/intake/duplicate_dialog.py" line="+43"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last check-in</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unsynced changes</source>
        <translation>Cambios sin sincronizar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../ui/admin/quality_screen.py" line="-59"/>
        <source>Project starts entered the same day: %1 of %2; 11 or more days later: %3.</source>
        <translation>Inicios en el proyecto registrados el mismo día: %1 de %2; 11 días o más después: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project exits entered the same day: %1 of %2; 11 or more days later: %3.</source>
        <translation>Salidas del proyecto registradas el mismo día: %1 de %2; 11 días o más después: %3.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No enrollment on this laptop</source>
        <translation>No hay inscripción en esta portátil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project %1 (not on this laptop)</source>
        <translation>Proyecto %1 (no está en esta portátil)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>client not on this laptop</source>
        <translation>el cliente no está en esta portátil</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/intake/duplicate_dialog.py" line="-21"/>
        <location filename="../../ui/intake/household_page.py" line="+19"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../ui/intake/project_page.py" line="+27"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t know / refused</source>
        <translation>No sabe / se niega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time for record entry</source>
        <translation>Tiempo hasta el registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project start records</source>
        <translation>Registros de inicio en el proyecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project exit records</source>
        <translation>Registros de salida del proyecto</translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation type="vanished">Código QR para la aplicación de autenticación</translation>
    </message>
    <message>
        <source>Have %1 scan this code with their authenticator app now (or type the address below into it). It is shown only this once; they confirm it with a code at their first sign-in.</source>
        <translation type="vanished">Pida a %1 que escanee ahora este código con su aplicación de autenticación (o que escriba en ella la dirección de abajo). Se muestra solo esta vez; lo confirma con un código al iniciar sesión por primera vez.</translation>
    </message>
    <message>
        <source>Authenticator set-up</source>
        <translation type="vanished">Configuración del autenticador</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_screen.py" line="-22"/>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authenticator not set up</source>
        <translation>autenticador sin configurar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training valid until</source>
        <translation>Capacitación válida hasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/intake/disability_answers.py" line="+28"/>
        <location filename="../../ui/intake/enrollment_page.py" line="+138"/>
        <source>Disabilities</source>
        <translation>Discapacidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-term and impairs independent living</source>
        <translation>De larga duración y limita la vida independiente</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: long-term and impairs independent living</source>
        <translation>%1: de larga duración y limita la vida independiente</translation>
    </message>
    <message>
        <location filename="../../ui/client_profile.py" line="+1"/>
        <source>Also known as</source>
        <translation>También conocido como</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSN</source>
        <translation>SSN</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/intake/duplicate_dialog.py" line="+21"/>
        <location filename="../../ui/review_screens.py" line="+73"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Race and ethnicity</source>
        <translation>Raza y etnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veteran status</source>
        <translation>Condición de veterano</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="+0"/>
        <source>SSN (last 4)</source>
        <translation>SSN (últimos 4)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/review_screens.py" line="+0"/>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These clients already known on this laptop may be the person you typed. Pick one to use their record, or say this is a new person.</source>
        <translation>Estos clientes ya conocidos en esta portátil podrían ser la persona que escribió. Elija uno para usar su registro, o indique que es una persona nueva.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Possible matches</source>
        <translation>Posibles coincidencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use this client</source>
        <translation>&amp;Usar este cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a &amp;new person</source>
        <translation>Es una persona &amp;nueva</translation>
    </message>
    <message>
        <location filename="../../ui/intake/enrollment_page.py" line="-29"/>
        <source>Entry answers for member %1 of %2</source>
        <translation>Respuestas de entrada del miembro %1 de %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Income</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-cash benefits</source>
        <translation>Beneficios no monetarios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Health insurance</source>
        <translation>Seguro médico</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Domestic violence</source>
        <translation>Violencia doméstica</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Asked because this project is funded by %1.</source>
        <translation>Se pregunta porque este proyecto lo financia %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/intake/household_page.py" line="+4"/>
        <source>relationship not chosen</source>
        <translation>parentesco sin elegir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, born %1</source>
        <translation>, nacido/a el %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+10"/>
        <source>Household members</source>
        <translation>Miembros del hogar</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Add everyone who is entering the project together. Press Next when the household is complete.</source>
        <translation>Agregue a todas las personas que entran juntas al proyecto. Pulse Siguiente cuando el hogar esté completo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a &amp;member</source>
        <translation>Agregar un &amp;miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit member</source>
        <translation>&amp;Editar miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove member</source>
        <translation>&amp;Quitar miembro</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a member other than the head of household to remove.</source>
        <translation>Elija para quitar a un miembro que no sea el jefe de hogar.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/person_page.py" line="+71"/>
        <source>Head of household</source>
        <translation>Jefe de hogar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Household member %1</source>
        <translation>Miembro del hogar %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a client already known on this laptop; their record will be updated with any changes.</source>
        <translation>Este cliente ya es conocido en esta portátil; su registro se actualizará con los cambios.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose how this person is related to the head of household.</source>
        <translation>Elija qué parentesco tiene esta persona con el jefe de hogar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A household can have only one head of household; choose this member&apos;s relationship to the head.</source>
        <translation>Un hogar solo puede tener un jefe de hogar; elija el parentesco de este miembro con el jefe.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Date of birth cannot be after the project start date: the project cannot start before the client was born.</source>
        <translation>La fecha de nacimiento no puede ser posterior a la fecha de inicio del proyecto: el proyecto no puede empezar antes de que naciera el cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/project_page.py" line="-3"/>
        <source>Project and project start date</source>
        <translation>Proyecto y fecha de inicio del proyecto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no projects on this laptop yet. Sign in while connected to the internet (or run a sync) so your agency&apos;s projects are copied here, then start the intake again.</source>
        <translation>Todavía no hay proyectos en esta portátil. Inicie sesión con conexión a internet (o sincronice) para copiar aquí los proyectos de su agencia y vuelva a empezar la admisión.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose the project the household is entering.</source>
        <translation>Elija el proyecto al que entra el hogar.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/review_page.py" line="+26"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What still needs attention</source>
        <translation>Lo que aún necesita atención</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Review and save</source>
        <translation>Revisar y guardar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Household members and problems</source>
        <translation>Miembros del hogar y problemas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 people entering %2 on %3. Press Ctrl+S to save the whole household.</source>
        <translation>%1 personas entran en %2 el %3. Pulse Ctrl+S para guardar todo el hogar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The household needs one head of household.</source>
        <translation>El hogar necesita un jefe de hogar.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="+117"/>
        <source>%1: problem</source>
        <translation>%1: problema</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 must be a real date written as MM/DD/YYYY or YYYY-MM-DD.</source>
        <translation>%1 debe ser una fecha real escrita como MM/DD/AAAA o AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be an amount of money of zero or more, written like 125.50.</source>
        <translation>%1 debe ser una cantidad de dinero de cero o más, escrita como 125.50.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be an amount of money.</source>
        <translation>%1 debe ser una cantidad de dinero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 debe ser un número entero.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 is required by this project&apos;s funder (%2) once %3 is answered; &apos;Data not collected&apos; does not count.</source>
        <translation>%1 es obligatorio para el financiador de este proyecto (%2) una vez respondido %3; «Datos no recopilados» no cuenta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is required by this project&apos;s funder (%2); &apos;Data not collected&apos; does not count.</source>
        <translation>%1 es obligatorio para el financiador de este proyecto (%2); «Datos no recopilados» no cuenta.</translation>
    </message>
    <message>
        <location filename="../../ui/review_screens.py" line="-149"/>
        <source>(blank)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value sent in conflict</source>
        <translation>Valor enviado en conflicto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current value</source>
        <translation>Valor actual</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>First client</source>
        <translation>Primer cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second client</source>
        <translation>Segundo cliente</translation>
    </message>
    <message>
        <location filename="../../ui/intake/draft_offer.py" line="+37"/>
        <source>&amp;Continue that intake</source>
        <translation>&amp;Continuar esa admisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard that &amp;draft</source>
        <translation>Descartar ese &amp;borrador</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Continue the intake started at %1? (%2)</source>
        <translation>¿Continuar la admisión empezada el %1? (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialogs.py" line="+177"/>
        <source>Give %1 this set-up code in person or by phone, never by e-mail. It works once, for %2 hours: at their first sign-in they type it in place of the authenticator code, then scan the code their screen shows with their authenticator app.</source>
        <translation>Entregue este código de configuración a %1 en persona o por teléfono, nunca por correo electrónico. Sirve una sola vez, durante %2 horas: al iniciar sesión por primera vez lo escribe en lugar del código del autenticador y luego escanea con su aplicación de autenticación el código que muestra su pantalla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Authenticator set-up code</source>
        <translation>Código de configuración del autenticador</translation>
    </message>
    <message>
        <location filename="../../ui/ce_section.py" line="+44"/>
        <source>%1, %2, at %3</source>
        <translation>%1, %2, en %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questions answered: %1</source>
        <translation>Preguntas respondidas: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OPEN: waiting for a result</source>
        <translation>ABIERTA: a la espera de un resultado</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing open: every referral has its result.</source>
        <translation>Nada abierto: cada derivación tiene su resultado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open referrals waiting for a result: %1. %2</source>
        <translation>Derivaciones abiertas a la espera de un resultado: %1. %2</translation>
    </message>
    <message>
        <location filename="../../ui/stage_assessment_form.py" line="+48"/>
        <source>Choose whether this is an update or an annual assessment.</source>
        <translation>Elija si es una actualización o una evaluación anual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This stay has ended: an update or annual assessment can only be recorded during a stay.</source>
        <translation>Esta estancia ya terminó: una actualización o evaluación anual solo se puede registrar durante una estancia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information date is required.</source>
        <translation>La fecha de la información es obligatoria.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information date cannot be before the project start date.</source>
        <translation>La fecha de la información no puede ser anterior a la fecha de inicio del proyecto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information date cannot be in the future.</source>
        <translation>La fecha de la información no puede ser futura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An annual assessment must be dated no more than 30 days before or after an anniversary of the head of household&apos;s project start date (HUD). Record an update for any other date.</source>
        <translation>Una evaluación anual debe tener fecha de no más de 30 días antes o después de un aniversario de la fecha de inicio del proyecto del jefe de hogar (HUD). Para cualquier otra fecha, registre una actualización.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An annual assessment is already recorded for this anniversary: HUD counts only one a year. Record an update instead.</source>
        <translation>Ya hay una evaluación anual registrada para este aniversario: HUD cuenta solo una por año. Registre una actualización en su lugar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This enrollment belongs to another agency: only that agency can record its updates and assessments.</source>
        <translation>Esta inscripción pertenece a otra agencia: solo esa agencia puede registrar sus actualizaciones y evaluaciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This project&apos;s funders ask no program elements of this client at this stage: there is nothing to record.</source>
        <translation>Los financiadores de este proyecto no piden elementos del programa a este cliente en esta etapa: no hay nada que registrar.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_words.py" line="+26"/>
        <source>No release of information on file.</source>
        <translation>No hay autorización para divulgar información en el expediente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Release of information in force: %1 (signed %2, until %3).</source>
        <translation>Autorización para divulgar información vigente: %1 (firmada el %2, hasta el %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Release of information in force: %1 (signed %2, with no end date).</source>
        <translation>Autorización para divulgar información vigente: %1 (firmada el %2, sin fecha de fin).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client refused a release of information on %1.</source>
        <translation>El cliente rechazó la autorización para divulgar información el %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The release of information was revoked on %1.</source>
        <translation>La autorización para divulgar información se revocó el %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The release of information expired on %1.</source>
        <translation>La autorización para divulgar información venció el %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The release of information starts on %1.</source>
        <translation>La autorización para divulgar información empieza el %1.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/add_user_dialog.py" line="+23"/>
        <source>Add a colleague to this laptop</source>
        <translation>Añadir a un compañero en esta computadora</translation>
    </message>
    <message>
        <source>Your colleague types their own HMIS username, password and the code from their authenticator app (leave the code empty if they have none yet). This needs a connection to the server.</source>
        <translation type="vanished">Su compañero escribe su propio nombre de usuario de HMIS, su contraseña y el código de su aplicación de autenticación (deje el código vacío si aún no tiene una). Se necesita conexión con el servidor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your colleague types their own HMIS username, password and the code from their authenticator app (or, if they have none yet, the set-up code their Security Coordinator gave them). This needs a connection to the server.</source>
        <translation>Su colega escribe su propio usuario de HMIS, su contraseña y el código de su aplicación de autenticación (o, si aún no tiene una, el código de configuración que le dio su Coordinador de Seguridad). Esto requiere conexión con el servidor.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Username</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>C&amp;ontraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticator &amp;code</source>
        <translation>Código del au&amp;tenticador</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter your colleague&apos;s username and password.</source>
        <translation>Escriba el nombre de usuario y la contraseña de su compañero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the 6-digit code from the authenticator app.</source>
        <translation>Escriba el código de 6 dígitos de la aplicación de autenticación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the 6-digit code from the authenticator app, or the set-up code from the Security Coordinator.</source>
        <translation>Escriba el código de 6 dígitos de la aplicación de autenticación, o el código de configuración del Coordinador de Seguridad.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking with the server…</source>
        <translation>Comprobando con el servidor…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your colleague scans this code with their authenticator app, then types the 6-digit code it shows.</source>
        <translation>Su compañero escanea este código con su aplicación de autenticación y luego escribe el código de 6 dígitos que muestra.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your colleague could not be added; nothing was changed. Try again.</source>
        <translation>No se pudo añadir a su compañero; no se cambió nada. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>AdminScreens</name>
    <message>
        <location filename="../../ui/admin/quality_screen.py" line="-102"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income and benefits</source>
        <translation>Ingresos y beneficios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health and DV</source>
        <translation>Salud y violencia doméstica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current living situation</source>
        <translation>Situación de vivienda actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (3.01)</source>
        <translation>Nombre (3.01)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social Security Number (3.02)</source>
        <translation>Número de Seguro Social (3.02)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth (3.03)</source>
        <translation>Fecha de nacimiento (3.03)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Race and ethnicity (3.04)</source>
        <translation>Raza y etnia (3.04)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before it happened (&lt; 0 days)</source>
        <extracomment>HUD&apos;s Q6e rows, in words (&quot;&lt; 0 days&quot;: the record was made before the day it records).</extracomment>
        <translation>Antes de que ocurriera (&lt; 0 días)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same day (0 days)</source>
        <translation>El mismo día (0 días)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 to 3 days later</source>
        <translation>De 1 a 3 días después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 to 6 days later</source>
        <translation>De 4 a 6 días después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 to 10 days later</source>
        <translation>De 7 a 10 días después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11 or more days later</source>
        <translation>11 días o más después</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../ui/assessment_form.py" line="+157"/>
        <source>Coordinated entry assessment</source>
        <translation>Evaluación de entrada coordinada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment for %1</source>
        <translation>Evaluación para %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save assessment</source>
        <translation>&amp;Guardar evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was saved: fix the answers marked above.</source>
        <translation>No se guardó nada: corrija las respuestas marcadas arriba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CAN&apos;s questions and answers</source>
        <translation>Preguntas y respuestas de la CAN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add &amp;question</source>
        <translation>Añadir &amp;pregunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add &amp;result</source>
        <translation>Añadir &amp;resultado</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../ui/admin/audit_screen.py" line="-3"/>
        <source>Audit trail (newest first)</source>
        <translation>Registro de auditoría (lo más reciente primero)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example: wipe, login, user</source>
        <translation>por ejemplo: wipe, login, user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter by action:</source>
        <translation>&amp;Filtrar por acción:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load &amp;more</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Loading the audit trail…</source>
        <translation>Cargando el registro de auditoría…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That is the whole trail: there are no older events.</source>
        <translation>Ese es todo el registro: no hay eventos más antiguos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading older events…</source>
        <translation>Cargando eventos más antiguos…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Events shown: %n.</source>
        <translation>
            <numerusform>Eventos mostrados: %n.</numerusform>
            <numerusform>Eventos mostrados: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is the whole trail.</source>
        <translation>Ese es todo el registro.</translation>
    </message>
</context>
<context>
    <name>CESection</name>
    <message>
        <location filename="../../ui/ce_section.py" line="+16"/>
        <source>Coordinated entry</source>
        <translation>Entrada coordinada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinated entry history</source>
        <translation>Historial de entrada coordinada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinated entry histor&amp;y</source>
        <translation>Historial de entrada coordinad&amp;a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;assessment…</source>
        <translation>Registrar e&amp;valuación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record even&amp;t…</source>
        <translation>Registrar even&amp;to…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record referral &amp;result…</source>
        <translation>Registrar &amp;resultado de derivación…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose a coordinated entry enrollment above to record an assessment or an event.</source>
        <translation>Elija arriba una inscripción de entrada coordinada para registrar una evaluación o un evento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not take part in coordinated entry: choose a coordinated entry enrollment to record an assessment or an event.</source>
        <translation>%1 no participa en la entrada coordinada: elija una inscripción de entrada coordinada para registrar una evaluación o un evento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This enrollment belongs to another agency: its coordinated entry history is shown, and only that agency can add to it.</source>
        <translation>Esta inscripción pertenece a otra agencia: se muestra su historial de entrada coordinada y solo esa agencia puede añadirle algo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This enrollment has ended: assessments and events are recorded on an open enrollment.</source>
        <translation>Esta inscripción terminó: las evaluaciones y los eventos se registran en una inscripción abierta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a referral to a housing opening in the history to record its result.</source>
        <translation>Elija en el historial una derivación a una vacante de vivienda para registrar su resultado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This referral belongs to another agency: only that agency can record its result.</source>
        <translation>Esta derivación pertenece a otra agencia: solo esa agencia puede registrar su resultado.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The assessment was saved.</source>
        <translation>Se guardó la evaluación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The event was saved.</source>
        <translation>Se guardó el evento.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The referral&apos;s result was saved.</source>
        <translation>Se guardó el resultado de la derivación.</translation>
    </message>
</context>
<context>
    <name>ClientProfileView</name>
    <message>
        <location filename="../../ui/client_profile.py" line="+17"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Release of information</source>
        <translation>Autorización para divulgar información</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project type</source>
        <translation>Tipo de proyecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrollments</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services and bed nights</source>
        <translation>Servicios y noches de cama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xit…</source>
        <translation>Sali&amp;da…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;service / bed night…</source>
        <translation>Registrar servicio / noche de &amp;cama…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update or annual assessment…</source>
        <translation>Act&amp;ualización o evaluación anual…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Enrollments</source>
        <translation>&amp;Inscripciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ser&amp;vices and bed nights</source>
        <translation>Ser&amp;vicios y noches de cama</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Bed night</source>
        <translation>Noche de cama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, type %2</source>
        <translation>%1, tipo %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no name given)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+11"/>
        <source>This enrollment belongs to another agency: only that agency can record its exit or services.</source>
        <translation>Esta inscripción pertenece a otra agencia: solo esa agencia puede registrar su salida o sus servicios.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose an open enrollment first.</source>
        <translation>Primero elija una inscripción abierta.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exits saved: %1.</source>
        <translation>Salidas guardadas: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The update or annual assessment was saved.</source>
        <translation>Se guardó la actualización o evaluación anual.</translation>
    </message>
    <message>
        <source>The exit was saved.</source>
        <translation type="vanished">La salida se guardó.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The service was saved.</source>
        <translation>El servicio se guardó.</translation>
    </message>
</context>
<context>
    <name>ClientRowsModel</name>
    <message>
        <source>Name</source>
        <translation type="vanished">Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="vanished">Fecha de nacimiento</translation>
    </message>
    <message>
        <source>SSN (last 4)</source>
        <translation type="vanished">SSN (últimos 4)</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation type="vanished">También conocido como</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../ui/clients_page.py" line="+38"/>
        <source>← Back (Esc)</source>
        <translation>← Volver (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outreach contact…</source>
        <translation>Contacto de &amp;alcance…</translation>
    </message>
</context>
<context>
    <name>ClientsScreen</name>
    <message>
        <location filename="../../ui/clients_screen.py" line="+48"/>
        <source>Name, nickname, date of birth or last 4 of SSN</source>
        <translation>Nombre, apodo, fecha de nacimiento o últimos 4 del SSN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find a client</source>
        <translation>&amp;Buscar un cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SSN (last 4)</source>
        <translation>SSN (últimos 4)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also known as</source>
        <translation>También conocido como</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clients found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New intake (%1)</source>
        <translation>&amp;Nueva admisión (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Clients found: %n. Press Enter or Down to go to the list.</source>
        <translation>
            <numerusform>Clientes encontrados: %n. Pulse Intro o Abajo para ir a la lista.</numerusform>
            <numerusform>Clientes encontrados: %n. Pulse Intro o Abajo para ir a la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) found. Press Enter or Down to go to the list.</source>
        <translation type="vanished">
            <numerusform>%n cliente encontrado. Pulse Intro o Abajo para ir a la lista.</numerusform>
            <numerusform>%n clientes encontrados. Pulse Intro o Abajo para ir a la lista.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No client found. Check the spelling, try a date of birth, or press %1 for a new intake.</source>
        <translation>No se encontró ningún cliente. Revise la ortografía, pruebe con una fecha de nacimiento o pulse %1 para una nueva admisión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The search could not run. Try again; nothing was changed.</source>
        <translation>No se pudo hacer la búsqueda. Inténtelo de nuevo; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a name, nickname, date of birth (MM/DD/YYYY) or the last 4 digits of the SSN.</source>
        <translation>Escriba un nombre, apodo, fecha de nacimiento (MM/DD/AAAA) o los últimos 4 dígitos del SSN.</translation>
    </message>
</context>
<context>
    <name>ConflictScreen</name>
    <message>
        <location filename="../../ui/review_screens.py" line="-71"/>
        <source>Conflicts: the same field was changed in two places</source>
        <translation>Conflictos: el mismo campo se cambió en dos lugares</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep the current value</source>
        <translation>&amp;Mantener el valor actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use the value sent in conflict</source>
        <translation>&amp;Usar el valor enviado en conflicto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another value</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;this value</source>
        <translation>Usar &amp;este valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value sent in conflict</source>
        <translation>Valor enviado en conflicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current value</source>
        <translation>Valor actual</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>enter a whole number.</source>
        <translation>escriba un número entero.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved on this device; it will be sent at the next sync.</source>
        <translation>Guardado en este dispositivo; se enviará en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>DevicesScreen</name>
    <message>
        <location filename="../../ui/admin/devices_screen.py" line="-35"/>
        <source>Laptops of your agency</source>
        <translation>Portátiles de su agencia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Laptops</source>
        <translation>Portátiles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wipe this device…</source>
        <translation>&amp;Borrar este dispositivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke</source>
        <translation>Re&amp;vocar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;enrollment code</source>
        <translation>Nuevo código de &amp;inscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Wipe of “%1”: %2.</source>
        <translation>Borrado de “%1”: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Changes that had not been synced, now lost: %n.</source>
        <translation>
            <numerusform>Cambios que no se habían sincronizado, ahora perdidos: %n.</numerusform>
            <numerusform>Cambios que no se habían sincronizado, ahora perdidos: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Laptops: %n.</source>
        <translation>
            <numerusform>Portátiles: %n.</numerusform>
            <numerusform>Portátiles: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the laptops…</source>
        <translation>Cargando las portátiles…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+55"/>
        <source>Choose a laptop in the list first.</source>
        <translation>Primero elija una portátil de la lista.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Wipe “%1”? The next time this laptop contacts the server it destroys everything it holds: its key slots, its database and its files. Changes made on it that were not synced are lost. Nobody can use it until it is enrolled again. This cannot be undone.</source>
        <translation>¿Borrar “%1”? La próxima vez que esta portátil contacte con el servidor destruirá todo lo que guarda: sus ranuras de claves, su base de datos y sus archivos. Se pierden los cambios hechos en ella que no se sincronizaron. Nadie podrá usarla hasta que se inscriba de nuevo. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wipe a laptop</source>
        <translation>Borrar una portátil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Wipe it</source>
        <translation>&amp;Borrarla</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The wipe of “%1” is ordered.</source>
        <translation>Se ordenó el borrado de “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ordering the wipe…</source>
        <translation>Ordenando el borrado…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Revoke “%1”? The server will refuse it from now on. Its data stays on the laptop (to destroy it, wipe the laptop instead), and changes not yet synced will never arrive.</source>
        <translation>¿Revocar “%1”? El servidor la rechazará a partir de ahora. Sus datos se quedan en la portátil (para destruirlos, bórrela en su lugar) y los cambios aún no sincronizados nunca llegarán.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoke a laptop</source>
        <translation>Revocar una portátil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;voke it</source>
        <translation>Re&amp;vocarla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoking…</source>
        <translation>Revocando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is revoked.</source>
        <translation>“%1” está revocada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new enrollment code was made.</source>
        <translation>Se creó un nuevo código de inscripción.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrollment code</source>
        <translation>Código de inscripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read this code out to the person setting up the laptop. It works once and expires after %1 hours.</source>
        <translation>Lea este código en voz alta a la persona que configura la portátil. Funciona una sola vez y caduca a las %1 horas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Making a code…</source>
        <translation>Creando un código…</translation>
    </message>
</context>
<context>
    <name>DuplicateScreen</name>
    <message>
        <location filename="../../ui/review_screens.py" line="+13"/>
        <source>Possible duplicate clients</source>
        <translation>Posibles clientes duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge, keeping the &amp;first</source>
        <translation>Combinar, conservando el &amp;primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge, keeping the &amp;second</source>
        <translation>Combinar, conservando el se&amp;gundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;No es la misma persona</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not on this device</source>
        <translation>no está en este dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved on this device; it will be sent at the next sync.</source>
        <translation>Guardado en este dispositivo; se enviará en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../ui/event_form.py" line="+70"/>
        <source>Coordinated entry event</source>
        <extracomment>Which events ask each follow-up question (HUD 4.20 dependencies).</extracomment>
        <translation>Evento de entrada coordinada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event for %1</source>
        <translation>Evento para %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save event</source>
        <translation>&amp;Guardar evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was saved: fix the answers marked above.</source>
        <translation>No se guardó nada: corrija las respuestas marcadas arriba.</translation>
    </message>
</context>
<context>
    <name>ExitForm</name>
    <message>
        <location filename="../../ui/exit_form.py" line="+90"/>
        <source>Project exit</source>
        <translation>Salida del proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit from %1 (entered %2)</source>
        <translation>Salida de %1 (entrada el %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save exit</source>
        <translation>&amp;Guardar salida</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Household members leaving too. Each one ticked exits with the same date and destination as above; untick anyone who stays (Space ticks and unticks).</source>
        <translation>Miembros del &amp;hogar que también salen. Cada uno marcado sale con la misma fecha y destino de arriba; desmarque a quien se quede (Espacio marca y desmarca).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Household members leaving too</source>
        <translation>Miembros del hogar que también salen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Asked at exit because this project is funded by %1.</source>
        <translation>Se pregunta a la salida porque este proyecto lo financia %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="vanished">%1 %2</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No exit was saved, for anyone in the household.</source>
        <translation>No se guardó ninguna salida para nadie del hogar.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancelar</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>The exit was not saved: fix the answers marked above.</source>
        <translation>La salida no se guardó: corrija las respuestas marcadas arriba.</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <source>HMIS Intake</source>
        <translation type="vanished">HMIS Intake</translation>
    </message>
    <message>
        <source>Set up this device</source>
        <translation type="vanished">Configurar este dispositivo</translation>
    </message>
    <message>
        <source>Unlock this device</source>
        <translation type="vanished">Desbloquear este dispositivo</translation>
    </message>
    <message>
        <source>Create encrypted profile</source>
        <translation type="vanished">Crear perfil cifrado</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="vanished">Desbloquear</translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="vanished">Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="vanished">Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="vanished">Repita la contraseña</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="vanished">Escriba su nombre de usuario.</translation>
    </message>
    <message numerus="yes">
        <source>Use a password of at least %n characters.</source>
        <translation type="vanished">
            <numerusform>Use una contraseña de al menos %n carácter.</numerusform>
            <numerusform>Use una contraseña de al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="vanished">Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="vanished">Procesando…</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="vanished">Desbloqueado</translation>
    </message>
    <message>
        <source>The encrypted local store is open. Intake screens arrive with the next release.</source>
        <translation type="vanished">El almacén local cifrado está abierto. Las pantallas de admisión llegan con la próxima versión.</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was changed. Try again.</source>
        <translation type="vanished">Algo salió mal; no se cambió nada. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>HUD</name>
    <message>
        <location filename="../../ui/hud_words.py" line="+22"/>
        <source>$0 (i.e., not employed, not receiving cash benefits, no other current income)</source>
        <translation>$0 (es decir, sin empleo, sin beneficios en efectivo ni otros ingresos actuales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 prior rental eviction</source>
        <translation>1 desalojo previo de una vivienda alquilada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 to 2 years</source>
        <translation>De 1 a 2 años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1-14% of Area Median Income (AMI) for household size</source>
        <translation>1-14% del ingreso medio del área (AMI) para el tamaño del hogar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1-6 days</source>
        <translation>1-6 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 or more</source>
        <translation>12 o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>14-21 days</source>
        <translation>14-21 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15-30% of AMI for household size</source>
        <translation>15-30% del AMI para el tamaño del hogar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 or more prior rental evictions</source>
        <translation>2 o más desalojos previos de viviendas alquiladas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 to 5 or more years</source>
        <translation>De 3 a 5 años o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30% or less</source>
        <translation>30% o menos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31% to 50%</source>
        <translation>Del 31% al 50%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>51% to 80%</source>
        <translation>Del 51% al 80%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7-13 days</source>
        <translation>7-13 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>81% or greater</source>
        <translation>81% o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90 days or more but less than one year</source>
        <translation>90 días o más, pero menos de un año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AIDS Drug Assistance Program (ADAP)</source>
        <translation>Programa de Asistencia para Medicamentos contra el SIDA (ADAP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Able to maintain the housing they had at project entry</source>
        <translation>Pudo mantener la vivienda que tenía al entrar al proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accomplished goals and/or obtained services and no longer needs CM</source>
        <translation>Logró sus metas y/u obtuvo servicios y ya no necesita gestión de casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional race and ethnicity detail</source>
        <translation>Detalle adicional de raza y etnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aftercare by email or social media</source>
        <translation>Atención posterior por correo electrónico o redes sociales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aftercare by telephone</source>
        <translation>Atención posterior por teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aftercare in person, in a group</source>
        <translation>Atención posterior en persona, en grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aftercare in person, one to one</source>
        <translation>Atención posterior en persona, individual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aftercare plans</source>
        <translation>Planes de atención posterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aftercare provided</source>
        <translation>Atención posterior brindada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency Data Coordinator</source>
        <translation>Coordinador de datos de la agencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency Security Coordinator</source>
        <translation>Coordinador de seguridad de la agencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Air Force</source>
        <translation>Fuerza Aérea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alcohol or drug use disorder in the family</source>
        <translation>Trastorno por consumo de alcohol o drogas en la familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alcohol use disorder</source>
        <translation>Trastorno por consumo de alcohol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alimony amount</source>
        <translation>Monto de la pensión alimenticia del cónyuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alimony and other spousal support</source>
        <translation>Pensión alimenticia y otra manutención del cónyuge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also known as</source>
        <translation>También conocido como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>American Indian, Alaska Native, or Indigenous</source>
        <translation>Indígena americano, nativo de Alaska o indígena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual assessment</source>
        <translation>Evaluación anual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual income as a percent of area median income</source>
        <translation>Ingreso anual como porcentaje del ingreso medio del área</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied; client not eligible</source>
        <translation>Presentó la solicitud; el cliente no es elegible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied; decision pending</source>
        <translation>Presentó la solicitud; decisión pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximate or partial DOB reported</source>
        <translation>Se informó una fecha de nacimiento aproximada o parcial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximate or partial SSN reported</source>
        <translation>Se informó un SSN aproximado o parcial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Army</source>
        <translation>Ejército</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asian or Asian American</source>
        <translation>Asiático o asiático-americano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment level</source>
        <translation>Nivel de evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment location</source>
        <translation>Lugar de la evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment type</source>
        <translation>Tipo de evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Associate&apos;s degree</source>
        <translation>Título de asociado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attained</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attending school irregularly</source>
        <translation>Asiste a la escuela de forma irregular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attending school regularly</source>
        <translation>Asiste a la escuela con regularidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bachelor&apos;s degree</source>
        <translation>Licenciatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad conduct</source>
        <translation>Mala conducta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bed night</source>
        <translation>Noche de cama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black, African American, or African</source>
        <translation>Negro, afroamericano o africano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both alcohol and drug use disorders</source>
        <translation>Trastornos por consumo de alcohol y de drogas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch of the military</source>
        <translation>Rama de las fuerzas armadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case Manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Hijo/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child support</source>
        <translation>Manutención de hijos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child support amount</source>
        <translation>Monto de la manutención de hijos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child welfare/CPS</source>
        <translation>Bienestar infantil/CPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronic health condition</source>
        <translation>Afección de salud crónica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client became enrolled in PATH</source>
        <translation>El cliente se inscribió en PATH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client became homeless - moving to a shelter or other place unfit for human habitation</source>
        <translation>El cliente quedó sin hogar: se muda a un refugio u otro lugar no apto para la habitación humana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client did not apply</source>
        <translation>El cliente no presentó la solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client doesn&apos;t know</source>
        <translation>El cliente no sabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client housed or re-housed in a safe alternative</source>
        <translation>El cliente fue alojado o realojado en una alternativa segura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client is not the leaseholder</source>
        <translation>El cliente no es el titular del contrato de arrendamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client location (CoC)</source>
        <translation>Ubicación del cliente (CoC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client prefers not to answer</source>
        <translation>El cliente prefiere no responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client report</source>
        <translation>Informe del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client voluntarily left early</source>
        <translation>El cliente se fue antes de tiempo por voluntad propia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client was expelled or otherwise involuntarily discharged from project</source>
        <translation>El cliente fue expulsado o dado de baja del proyecto de otra forma involuntaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client was found ineligible for PATH</source>
        <translation>Se determinó que el cliente no es elegible para PATH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client was not enrolled for other reason(s)</source>
        <translation>El cliente no se inscribió por otro(s) motivo(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coast Guard</source>
        <translation>Guardia Costera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commercial sexual exploitation</source>
        <translation>Explotación sexual comercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparable database participating</source>
        <translation>Participa con una base de datos comparable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed project</source>
        <translation>Completó el proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection with SOAR</source>
        <translation>Conexión con SOAR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given</source>
        <translation>Consentimiento otorgado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinated entry</source>
        <translation>Entrada coordinada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counseling</source>
        <translation>Consejería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counseling received</source>
        <translation>Consejería recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal activity/destruction of property/violence</source>
        <translation>Actividad delictiva/destrucción de propiedad/violencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal record that bars obtaining housing</source>
        <translation>Antecedentes penales que impiden obtener vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis Needs Assessment</source>
        <translation>Evaluación de necesidades en crisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current educational status</source>
        <translation>Situación educativa actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current living situation</source>
        <translation>Situación de vivienda actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current school enrollment and attendance</source>
        <translation>Matrícula y asistencia escolar actuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currently enrolled and attending regularly (when school or the course is in session)</source>
        <translation>Matriculado actualmente y asiste con regularidad (cuando hay clases o el curso está en sesión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currently enrolled but NOT attending regularly (when school or the course is in session)</source>
        <translation>Matriculado actualmente pero NO asiste con regularidad (cuando hay clases o el curso está en sesión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currently fleeing</source>
        <translation>Huyendo actualmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currently in subsidized housing that is at risk</source>
        <translation>Vive actualmente en una vivienda subsidiada que está en riesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currently pregnant</source>
        <translation>Embarazada actualmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DV: Survivor of domestic violence</source>
        <translation>DV: Sobreviviente de violencia doméstica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data collection stage</source>
        <translation>Etapa de recopilación de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data not collected</source>
        <translation>Datos no recopilados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date aftercare was provided</source>
        <translation>Fecha en que se brindó la atención posterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date homelessness started</source>
        <translation>Fecha en que comenzó la situación sin hogar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of BCP status determination</source>
        <translation>Fecha de determinación del estado de BCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of PATH status determination</source>
        <translation>Fecha de determinación del estado de PATH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of assessment</source>
        <translation>Fecha de la evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth data quality</source>
        <translation>Calidad de los datos de la fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of contact</source>
        <translation>Fecha del contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of engagement</source>
        <translation>Fecha de vinculación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of event</source>
        <translation>Fecha del evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of result</source>
        <translation>Fecha del resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date provided</source>
        <translation>Fecha en que se brindó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date revoked</source>
        <translation>Fecha de revocación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date signed</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day shelter</source>
        <translation>Refugio diurno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>Fallecido/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delta refresh</source>
        <translation>Actualización parcial (delta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dental health status</source>
        <translation>Estado de salud dental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination rental subsidy type</source>
        <translation>Tipo de subsidio de alquiler en el destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developmental disability</source>
        <translation>Discapacidad del desarrollo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not comply with HUD/VASH CM</source>
        <translation>No cumplió con la gestión de casos de HUD/VASH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability answer</source>
        <translation>Respuesta sobre la discapacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability type</source>
        <translation>Tipo de discapacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabling condition</source>
        <translation>Condición incapacitante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharge status</source>
        <translation>Tipo de baja militar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharged from an institution in the past six months</source>
        <translation>Dado/a de alta de una institución en los últimos seis meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dishonorable</source>
        <translation>Deshonrosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not share outside this agency</source>
        <translation>No compartir fuera de esta agencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domestic violence</source>
        <translation>Violencia doméstica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped out</source>
        <translation>Abandonó los estudios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drug use disorder</source>
        <translation>Trastorno por consumo de drogas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Fecha prevista de parto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earned income (employment)</source>
        <translation>Ingresos del trabajo (empleo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earned income amount</source>
        <translation>Monto de los ingresos del trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electronic signature</source>
        <translation>Firma electrónica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency shelter - entry/exit</source>
        <translation>Refugio de emergencia - entrada/salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency shelter - night-by-night</source>
        <translation>Refugio de emergencia - noche por noche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency shelter, including hotel or motel paid for with emergency shelter voucher, or Host Home shelter</source>
        <translation>Refugio de emergencia, incluido un hotel o motel pagado con un vale de refugio de emergencia, o refugio en un hogar anfitrión (Host Home)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employed</source>
        <translation>Con empleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer-provided health insurance</source>
        <translation>Seguro médico proporcionado por el empleador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment status</source>
        <translation>Situación laboral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled in aftercare</source>
        <translation>Inscrito en atención posterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ever made or persuaded to have sex in exchange for something</source>
        <translation>Alguna vez obligado/a o persuadido/a a tener relaciones sexuales a cambio de algo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ever received anything in exchange for sex</source>
        <translation>Alguna vez recibió algo a cambio de relaciones sexuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eviction and/or other housing related issues</source>
        <translation>Desalojo y/u otros problemas relacionados con la vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excellent</source>
        <translation>Excelente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanged sex in the past three months</source>
        <translation>Intercambió relaciones sexuales en los últimos tres meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit destination safe, as the client sees it</source>
        <translation>Destino de salida seguro, según el cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit destination safe, as the worker sees it</source>
        <translation>Destino de salida seguro, según el trabajador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected to be long-term and impairs independent living</source>
        <translation>Se espera que sea de larga duración y limita la vida independiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expelled</source>
        <translation>Expulsado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility-based</source>
        <translation>En un centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family Unification Program Voucher (FUP)</source>
        <translation>Vale del Programa de Unificación Familiar (FUP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family counseling</source>
        <translation>Consejería familiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family critical issues</source>
        <translation>Problemas críticos de la familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial assistance amount</source>
        <translation>Monto de la asistencia financiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial assistance end date</source>
        <translation>Fecha de fin de la asistencia financiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial assistance start date</source>
        <translation>Fecha de inicio de la asistencia financiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forced or coerced to keep working</source>
        <translation>Obligado/a o coaccionado/a a seguir trabajando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former ward of child welfare or foster care</source>
        <translation>Estuvo bajo la tutela de bienestar infantil o en cuidado de crianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former ward of the juvenile justice system</source>
        <translation>Estuvo bajo la tutela del sistema de justicia juvenil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foster Youth to Independence Initiative (FYI)</source>
        <translation>Iniciativa de Jóvenes en Cuidado de Crianza hacia la Independencia (FYI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foster care home or foster care group home</source>
        <translation>Hogar de crianza u hogar grupal de crianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found/chose other housing</source>
        <translation>Encontró/eligió otra vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four or more times</source>
        <translation>Cuatro o más veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full DOB reported</source>
        <translation>Se informó la fecha de nacimiento completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full SSN reported</source>
        <translation>Se informó el SSN completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name reported</source>
        <translation>Se informó el nombre completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full refresh</source>
        <translation>Actualización completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full-time</source>
        <translation>Tiempo completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GED</source>
        <translation>GED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPD TIP housing subsidy</source>
        <translation>Subsidio de vivienda GPD TIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General Assistance (GA)</source>
        <translation>Asistencia General (GA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General Assistance amount</source>
        <translation>Monto de la Asistencia General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General health status</source>
        <translation>Estado de salud general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General under honorable conditions</source>
        <translation>General en condiciones honorables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General, dental and mental health status</source>
        <translation>Estado de salud general, dental y mental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Bueno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade 12</source>
        <translation>12.º grado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grades 5-6</source>
        <translation>Grados 5-6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grades 7-8</source>
        <translation>Grados 7-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grades 9-11</source>
        <translation>Grados 9-11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graduate degree</source>
        <translation>Título de posgrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graduated from high school</source>
        <translation>Se graduó de la escuela secundaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grantee targeting threshold score</source>
        <translation>Puntaje mínimo de focalización del beneficiario de la subvención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group counseling</source>
        <translation>Consejería grupal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HCV voucher (tenant or project based) (not dedicated)</source>
        <translation>Vale HCV (basado en el inquilino o en el proyecto) (no dedicado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HHS: PATH - Street Outreach &amp; Supportive Services Only</source>
        <translation>HHS: PATH - Solo alcance en la calle &amp; servicios de apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HHS: RHY - Basic Center Program (prevention and shelter)</source>
        <translation>HHS: RHY - Programa de Centro Básico (prevención y refugio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HHS: RHY - Demonstration Project</source>
        <translation>HHS: RHY - Proyecto de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HHS: RHY - Maternity Group Home for Pregnant and Parenting Youth</source>
        <translation>HHS: RHY - Hogar grupal de maternidad para jóvenes embarazadas y con hijos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HHS: RHY - Street Outreach Project</source>
        <translation>HHS: RHY - Proyecto de alcance en la calle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HHS: RHY - Transitional Living Program</source>
        <translation>HHS: RHY - Programa de vida transitoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HIV/AIDS</source>
        <translation>VIH/SIDA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HIV: Persons with HIV/AIDS</source>
        <translation>HIV: Personas con VIH/SIDA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HMIS participating</source>
        <translation>Participa en HMIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOPWA financial assistance</source>
        <translation>Asistencia financiera de HOPWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOPWA service</source>
        <translation>Servicio de HOPWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD-VASH OTH voucher tracking</source>
        <translation>Seguimiento del vale HUD-VASH OTH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD-VASH exit information</source>
        <translation>Información de salida de HUD-VASH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: CoC - Homelessness Prevention (High Performing Communities Only)</source>
        <translation>HUD: CoC - Prevención de la falta de vivienda (solo comunidades de alto rendimiento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: CoC - Joint Component RRH/PSH [Deprecated]</source>
        <translation>HUD: CoC - Componente conjunto RRH/PSH [Obsoleto]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: CoC - Joint Component TH/RRH</source>
        <translation>HUD: CoC - Componente conjunto TH/RRH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: CoC - Permanent Supportive Housing</source>
        <translation>HUD: CoC - Vivienda de apoyo permanente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: CoC - Rapid Re-Housing</source>
        <translation>HUD: CoC - Realojamiento rápido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: CoC - Safe Haven</source>
        <translation>HUD: CoC - Refugio seguro (Safe Haven)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: CoC - Single Room Occupancy (SRO)</source>
        <translation>HUD: CoC - Ocupación de habitación individual (SRO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: CoC - Supportive Services Only</source>
        <translation>HUD: CoC - Solo servicios de apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: CoC - Transitional Housing</source>
        <translation>HUD: CoC - Vivienda transitoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: CoC - Youth Homeless Demonstration Program (YHDP)</source>
        <translation>HUD: CoC - Programa de demostración para jóvenes sin hogar (YHDP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: CoC Builds</source>
        <translation>HUD: CoC Builds (construcción del CoC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: ESG - CV [Deprecated]</source>
        <translation>HUD: ESG - CV [Obsoleto]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: ESG - Emergency Shelter (operating and/or essential services)</source>
        <translation>HUD: ESG - Refugio de emergencia (operación y/o servicios esenciales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: ESG - Homelessness Prevention</source>
        <translation>HUD: ESG - Prevención de la falta de vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: ESG - RUSH</source>
        <translation>HUD: ESG - RUSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: ESG - Rapid Rehousing</source>
        <translation>HUD: ESG - Realojamiento rápido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: ESG - Street Outreach</source>
        <translation>HUD: ESG - Alcance en la calle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: HOME</source>
        <translation>HUD: HOME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: HOME (ARP)</source>
        <translation>HUD: HOME (ARP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: HOPWA - CV [Deprecated]</source>
        <translation>HUD: HOPWA - CV [Obsoleto]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: HOPWA - Hotel/Motel Vouchers</source>
        <translation>HUD: HOPWA - Vales de hotel/motel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: HOPWA - Housing Information</source>
        <translation>HUD: HOPWA - Información sobre vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: HOPWA - Permanent Housing (facility based or TBRA)</source>
        <translation>HUD: HOPWA - Vivienda permanente (en un centro o TBRA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: HOPWA - Permanent Housing Placement</source>
        <translation>HUD: HOPWA - Colocación en vivienda permanente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: HOPWA - Short-Term Rent, Mortgage, Utility assistance</source>
        <translation>HUD: HOPWA - Asistencia a corto plazo para alquiler, hipoteca y servicios públicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: HOPWA - Short-Term Supportive Facility</source>
        <translation>HUD: HOPWA - Centro de apoyo a corto plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: HOPWA - Transitional Housing (facility based or TBRA)</source>
        <translation>HUD: HOPWA - Vivienda transitoria (en un centro o TBRA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: HUD/VASH</source>
        <translation>HUD: HUD/VASH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: PIH (Emergency Housing Voucher)</source>
        <translation>HUD: PIH (Vale de vivienda de emergencia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: Pay for Success</source>
        <translation>HUD: Pago por resultados (Pay for Success)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: Public and Indian Housing (PIH) Programs</source>
        <translation>HUD: Programas de Vivienda Pública e Indígena (PIH)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: Rural Housing Stability Assistance Program [Deprecated]</source>
        <translation>HUD: Programa de Asistencia para la Estabilidad de la Vivienda Rural [Obsoleto]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: Rural Special NOFO</source>
        <translation>HUD: NOFO especial rural</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HUD: Unsheltered Special NOFO</source>
        <translation>HUD: NOFO especial para personas sin refugio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Had own lease or ownership in the last 60 days</source>
        <translation>Tuvo contrato de arrendamiento o vivienda propia en los últimos 60 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has a place to go next</source>
        <translation>Tiene adónde ir después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has resources to obtain housing</source>
        <translation>Tiene recursos para obtener vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hashed - other</source>
        <translation>Con hash - otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of household has a disabling condition</source>
        <translation>El jefe de hogar tiene una condición incapacitante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of household has not been a leaseholder in the past 5 years</source>
        <translation>El jefe de hogar no ha sido titular de un contrato de arrendamiento en los últimos 5 años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health insurance</source>
        <translation>Seguro médico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health insurance from any source</source>
        <translation>Seguro médico de cualquier fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health insurance through COBRA</source>
        <translation>Seguro médico a través de COBRA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher education: Dropped out</source>
        <translation>Educación superior: Abandonó los estudios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher education: Obtained a credential/degree</source>
        <translation>Educación superior: Obtuvo un certificado/título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher education: Pursuing a credential but not currently attending</source>
        <translation>Educación superior: Cursa un certificado pero no asiste actualmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hispanic/Latina/o</source>
        <translation>Hispano/a o latino/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homelessness prevention</source>
        <translation>Prevención de la falta de vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homelessness prevention screening score</source>
        <translation>Puntaje de evaluación para la prevención de la falta de vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homelessness prevention targeting criteria</source>
        <translation>Criterios de focalización de la prevención de la falta de vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honorable</source>
        <translation>Honorable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital or other residential non-psychiatric medical facility</source>
        <translation>Hospital u otro centro médico residencial no psiquiátrico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host Home (non-crisis)</source>
        <translation>Hogar anfitrión (Host Home, fuera de crisis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotel or motel paid for without emergency shelter voucher</source>
        <translation>Hotel o motel pagado sin vale de refugio de emergencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotline</source>
        <translation>Línea directa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household includes a child under 6</source>
        <translation>El hogar incluye un niño menor de 6 años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household size of 5 or more</source>
        <translation>Hogar de 5 personas o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households with at least one adult and one child</source>
        <translation>Hogares con al menos un adulto y un niño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households with only children</source>
        <translation>Hogares solo con niños</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households without children</source>
        <translation>Hogares sin niños</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing Needs Assessment</source>
        <translation>Evaluación de necesidades de vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing Stability Voucher</source>
        <translation>Vale de estabilidad de vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing assessment at exit</source>
        <translation>Evaluación de la vivienda a la salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing move-in date</source>
        <translation>Fecha de mudanza a la vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How consent was given</source>
        <translation>Cómo se dio el consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times sex was exchanged</source>
        <translation>Cuántas veces se intercambiaron relaciones sexuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the T-cell count was obtained</source>
        <translation>Cómo se obtuvo el recuento de células T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the viral load was obtained</source>
        <translation>Cómo se obtuvo la carga viral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incarcerated as an adult</source>
        <translation>Encarcelado/a como adulto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incarcerated once</source>
        <translation>Encarcelado/a una vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incarcerated parent of the youth</source>
        <translation>Padre o madre del joven encarcelado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incarcerated two or more times</source>
        <translation>Encarcelado/a dos o más veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income and sources</source>
        <translation>Ingresos y fuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income from any source</source>
        <translation>Ingresos de cualquier fuente</translation>
    </message>
    <message>
        <source>Income, benefits and health insurance</source>
        <translation type="vanished">Ingresos, beneficios y seguro médico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indian Health Services program</source>
        <translation>Programa del Servicio de Salud Indígena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual counseling</source>
        <translation>Consejería individual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual: Parent/Guardian/Relative/Friend/Foster Parent/Other Individual</source>
        <translation>Persona: Padre o madre/Tutor/Familiar/Amigo/Padre de crianza/Otra persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information date</source>
        <translation>Fecha de la información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insufficient income to support the youth</source>
        <translation>Ingresos insuficientes para mantener al joven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance type N/A for this client</source>
        <translation>Tipo de seguro N/A para este cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance type not applicable for this client</source>
        <translation>Tipo de seguro no aplicable a este cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jail, prison or juvenile detention facility</source>
        <translation>Cárcel, prisión o centro de detención juvenil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jail/prison</source>
        <translation>Cárcel/prisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Juvenile justice</source>
        <translation>Justicia juvenil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K12: Dropped out</source>
        <translation>K12: Abandonó los estudios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K12: Expelled</source>
        <translation>K12: Expulsado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K12: Graduated from high school</source>
        <translation>K12: Se graduó de la escuela secundaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K12: Obtained GED</source>
        <translation>K12: Obtuvo el GED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K12: Suspended</source>
        <translation>K12: Suspendido/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labor exploitation</source>
        <translation>Explotación laboral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labor exploitation in the past three months</source>
        <translation>Explotación laboral en los últimos tres meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last grade completed</source>
        <translation>Último grado completado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last grade completed and employment status</source>
        <translation>Último grado completado y situación laboral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last grade, school status and employment</source>
        <translation>Último grado, situación escolar y empleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law enforcement/police</source>
        <translation>Fuerzas del orden/policía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of stay in prior living situation</source>
        <translation>Duración de la estancia en la situación de vivienda anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less than grade 5</source>
        <translation>Menos de 5.º grado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less than one year</source>
        <translation>Menos de un año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Living situation verified by</source>
        <translation>Situación de vivienda verificada por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local or Other Funding Source</source>
        <translation>Fuente de financiamiento local u otra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location details</source>
        <translation>Detalles del lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location of the crisis or permanent housing</source>
        <translation>Lugar de la vivienda de crisis o permanente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-term care facility or nursing home</source>
        <translation>Centro de atención a largo plazo u hogar de ancianos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for work</source>
        <translation>Busca trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made or persuaded to exchange sex in the past three months</source>
        <translation>Obligado/a o persuadido/a a intercambiar relaciones sexuales en los últimos tres meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major reason for leaving early</source>
        <translation>Motivo principal de la salida anticipada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marines</source>
        <translation>Infantería de Marina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicaid</source>
        <translation>Medicaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical assistance</source>
        <translation>Asistencia médica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical report</source>
        <translation>Informe médico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicare</source>
        <translation>Medicare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental health consultation</source>
        <translation>Consulta de salud mental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental health consultation being coordinated/arranged with VA provider</source>
        <translation>Consulta de salud mental en coordinación con un proveedor de la VA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental health consultation being coordinated/arranged with other provider</source>
        <translation>Consulta de salud mental en coordinación con otro proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental health consultation completed</source>
        <translation>Consulta de salud mental completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental health disorder</source>
        <translation>Trastorno de salud mental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental health disorder in the family</source>
        <translation>Trastorno de salud mental en la familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental health status</source>
        <translation>Estado de salud mental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mental hospital</source>
        <translation>Hospital psiquiátrico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle Eastern or North African</source>
        <translation>De Oriente Medio o del norte de África</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months homeless in the past three years</source>
        <translation>Meses sin hogar en los últimos tres años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months in child welfare or foster care</source>
        <translation>Meses en bienestar infantil o cuidado de crianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months in the juvenile justice system</source>
        <translation>Meses en el sistema de justicia juvenil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than 12 months</source>
        <translation>Más de 12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than 21 days</source>
        <translation>Más de 21 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than 30% of AMI for household size</source>
        <translation>Más del 30% del AMI para el tamaño del hogar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most recent educational status</source>
        <translation>Situación educativa más reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most recent episode occurred in the last year</source>
        <translation>El episodio más reciente ocurrió en el último año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most recent episode occurred more than one year ago</source>
        <translation>El episodio más reciente ocurrió hace más de un año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved from one HOPWA funded project to HOPWA PH</source>
        <translation>Pasó de un proyecto financiado por HOPWA a vivienda permanente (PH) de HOPWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved from one HOPWA funded project to HOPWA TH</source>
        <translation>Pasó de un proyecto financiado por HOPWA a vivienda transitoria (TH) de HOPWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved in with family/friends on a permanent basis</source>
        <translation>Se mudó con familiares/amigos de forma permanente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved in with family/friends on a temporary basis</source>
        <translation>Se mudó con familiares/amigos de forma temporal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to a transitional or temporary housing facility or program</source>
        <translation>Se mudó a un centro o programa de vivienda transitoria o temporal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to new housing unit</source>
        <translation>Se mudó a una nueva unidad de vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved two or more times in the last 60 days</source>
        <translation>Se mudó dos o más veces en los últimos 60 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving On assistance</source>
        <translation>Asistencia de transición (Moving On)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must leave within 14 days</source>
        <translation>Debe irse en un plazo de 14 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NA: Not applicable</source>
        <translation>NA: No corresponde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name data quality</source>
        <translation>Calidad de los datos del nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name suffix</source>
        <translation>Sufijo del nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native Hawaiian or Pacific Islander</source>
        <translation>Nativo de Hawái o de otras islas del Pacífico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navy</source>
        <translation>Marina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No exit interview completed</source>
        <translation>No se completó la entrevista de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer financially eligible for HUD/VASH voucher</source>
        <translation>Ya no es elegible económicamente para el vale HUD/VASH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer interested in participating in this program</source>
        <translation>Ya no le interesa participar en este programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prior rental evictions</source>
        <translation>Ningún desalojo previo de vivienda alquilada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-HOPWA funded project</source>
        <translation>Proyecto no financiado por HOPWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-cash benefits</source>
        <translation>Beneficios no monetarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-cash benefits from any source</source>
        <translation>Beneficios no monetarios de cualquier fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-compliance with project rules</source>
        <translation>Incumplimiento de las reglas del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-payment of rent/occupancy charge</source>
        <translation>Falta de pago del alquiler/cargo de ocupación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not attained</source>
        <translation>No logrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not currently enrolled in any school or educational course</source>
        <translation>No está matriculado actualmente en ninguna escuela ni curso educativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not incarcerated</source>
        <translation>No encarcelado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not looking for work</source>
        <translation>No busca trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not participating</source>
        <translation>No participa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not placed on prioritization list</source>
        <translation>No incluido en la lista de priorización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of counseling sessions received by exit</source>
        <translation>Número de sesiones de consejería recibidas hasta la salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of sessions planned after exit</source>
        <translation>Número de sesiones previstas después de la salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of times approached by outreach before entry</source>
        <translation>Número de veces que el equipo de alcance lo contactó antes de la entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtained GED</source>
        <translation>Obtuvo el GED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer declined</source>
        <translation>Oferta rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the streets, in shelter or Safe Haven the night before</source>
        <translation>En la calle, en un refugio o en un refugio seguro (Safe Haven) la noche anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One month or more, but less than 90 days</source>
        <translation>Un mes o más, pero menos de 90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One night or less</source>
        <translation>Una noche o menos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One time</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One week or more, but less than one month</source>
        <translation>Una semana o más, pero menos de un mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One year or longer</source>
        <translation>Un año o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One year or more</source>
        <translation>Un año o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only with financial assistance other than a subsidy</source>
        <translation>Solo con asistencia financiera distinta de un subsidio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other Moving On assistance (describe)</source>
        <translation>Otra asistencia de transición (Moving On) (describa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other TANF-funded services</source>
        <translation>Otros servicios financiados por TANF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other destination (describe)</source>
        <translation>Otro destino (describa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other health insurance</source>
        <translation>Otro seguro médico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other health insurance (describe)</source>
        <translation>Otro seguro médico (describa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other income amount</source>
        <translation>Monto de otros ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other income source</source>
        <translation>Otra fuente de ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other income source (describe)</source>
        <translation>Otra fuente de ingresos (describa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other non-cash benefit</source>
        <translation>Otro beneficio no monetario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other non-cash benefit (describe)</source>
        <translation>Otro beneficio no monetario (describa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other organization</source>
        <translation>Otra organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other permanent housing dedicated for formerly homeless persons</source>
        <translation>Otra vivienda permanente destinada a personas que estuvieron sin hogar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other relative</source>
        <translation>Otro familiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other service (describe)</source>
        <translation>Otro servicio (describa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of age range</source>
        <translation>Fuera del rango de edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach Worker</source>
        <translation>Trabajador de alcance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach project</source>
        <translation>Proyecto de alcance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overflow</source>
        <translation>Capacidad adicional (overflow)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned by client, no ongoing housing subsidy</source>
        <translation>Vivienda propia del cliente, sin subsidio de vivienda continuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned by client, with ongoing housing subsidy</source>
        <translation>Vivienda propia del cliente, con subsidio de vivienda continuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATH referral</source>
        <translation>Derivación de PATH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATH service</source>
        <translation>Servicio de PATH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATH status</source>
        <translation>Estado de PATH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part-time</source>
        <translation>Medio tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial, street name, or code name reported</source>
        <translation>Se informó un nombre parcial, un apodo de la calle o un nombre en clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past literal homelessness</source>
        <translation>Antecedentes de falta de vivienda literal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pension amount</source>
        <translation>Monto de la pensión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pension or retirement income from a former job</source>
        <translation>Pensión o ingresos de jubilación de un empleo anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent of area median income</source>
        <translation>Porcentaje del ingreso medio del área</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent of area median income (SSVF)</source>
        <translation>Porcentaje del ingreso medio del área (SSVF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanent Supportive Housing</source>
        <translation>Vivienda de apoyo permanente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanent housing - housing only</source>
        <translation>Vivienda permanente - solo vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanent housing - housing with services</source>
        <translation>Vivienda permanente - vivienda con servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanent supportive housing</source>
        <translation>Vivienda de apoyo permanente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical disability</source>
        <translation>Discapacidad física</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical disability in the family</source>
        <translation>Discapacidad física en la familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place not meant for habitation (e.g., a vehicle, an abandoned building, bus/train/subway station/airport or anywhere outside)</source>
        <translation>Lugar no destinado a ser habitado (p. ej., un vehículo, un edificio abandonado, una estación de autobús/tren/metro, un aeropuerto o cualquier lugar al aire libre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed on prioritization list</source>
        <translation>Incluido en la lista de priorización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan for continued counseling after exit</source>
        <translation>Plan para continuar la consejería después de la salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor</source>
        <translation>Malo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positive connection with an adult</source>
        <translation>Conexión positiva con un adulto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positive connection with peers</source>
        <translation>Conexión positiva con sus pares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positive connection with the community</source>
        <translation>Conexión positiva con la comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-exit</source>
        <translation>Después de la salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pregnancy status</source>
        <translation>Estado de embarazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescribed anti-retroviral</source>
        <translation>Antirretrovirales recetados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prior living situation</source>
        <translation>Situación de vivienda anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prioritization status</source>
        <translation>Estado de priorización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prioritized by the CoC&apos;s coordinated entry</source>
        <translation>Priorizado/a por la entrada coordinada del CoC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private disability insurance</source>
        <translation>Seguro privado por discapacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private disability insurance amount</source>
        <translation>Monto del seguro privado por discapacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private pay health insurance</source>
        <translation>Seguro médico privado de pago propio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem Solving/Diversion/Rapid Resolution intervention or service</source>
        <translation>Intervención o servicio de resolución de problemas/desvío/resolución rápida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project completion status</source>
        <translation>Estado de finalización del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project entry</source>
        <translation>Entrada al proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project exit</source>
        <translation>Salida del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project exit date</source>
        <translation>Fecha de salida del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project start date</source>
        <translation>Fecha de inicio del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project terminated</source>
        <translation>El proyecto terminó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psychiatric hospital or other psychiatric facility</source>
        <translation>Hospital psiquiátrico u otro centro psiquiátrico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public housing unit</source>
        <translation>Unidad de vivienda pública</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pursuing Associate&apos;s degree</source>
        <translation>Cursa un título de asociado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pursuing Bachelor&apos;s degree</source>
        <translation>Cursa una licenciatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pursuing Graduate degree</source>
        <translation>Cursa un posgrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pursuing a high school diploma or GED</source>
        <translation>Cursa el diploma de escuela secundaria o el GED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pursuing other post-secondary credential</source>
        <translation>Cursa otro certificado postsecundario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question group</source>
        <translation>Grupo de preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question order</source>
        <translation>Orden de la pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RHY service connections</source>
        <translation>Conexiones con servicios de RHY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RHY-BCP status</source>
        <translation>Estado de RHY-BCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RRH or equivalent subsidy</source>
        <translation>RRH o subsidio equivalente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RRH: Housing with or without services</source>
        <translation>RRH: Vivienda con o sin servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RRH: Services only</source>
        <translation>RRH: Solo servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Race and ethnicity not reported</source>
        <translation>Raza y etnia no informadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapid re-housing</source>
        <translation>Realojamiento rápido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached maximum time allowed by project</source>
        <translation>Alcanzó el tiempo máximo permitido por el proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason case management ended</source>
        <translation>Motivo del fin de la gestión de casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for no ADAP</source>
        <translation>Motivo de no tener ADAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for no COBRA</source>
        <translation>Motivo de no tener COBRA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for no Indian Health Services</source>
        <translation>Motivo de no tener el Servicio de Salud Indígena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for no Medicaid</source>
        <translation>Motivo de no tener Medicaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for no Medicare</source>
        <translation>Motivo de no tener Medicare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for no Ryan White assistance</source>
        <translation>Motivo de no tener asistencia de Ryan White</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for no SCHIP</source>
        <translation>Motivo de no tener SCHIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for no VHA services</source>
        <translation>Motivo de no tener servicios de la VHA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for no employer-provided insurance</source>
        <translation>Motivo de no tener seguro del empleador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for no private pay insurance</source>
        <translation>Motivo de no tener seguro privado de pago propio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for no state health insurance</source>
        <translation>Motivo de no tener seguro médico estatal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason not enrolled in PATH</source>
        <translation>Motivo por el que no se inscribió en PATH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason youth is not receiving RHY services</source>
        <translation>Motivo por el que el joven no recibe servicios de RHY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>ID del registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral outcome</source>
        <translation>Resultado de la derivación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral result</source>
        <translation>Resultado de la derivación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral source</source>
        <translation>Fuente de derivación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral to Emergency Housing Voucher (EHV)</source>
        <translation>Derivación a un vale de vivienda de emergencia (EHV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral to Emergency Shelter bed opening</source>
        <translation>Derivación a una cama disponible en un refugio de emergencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral to Housing Navigation project or services</source>
        <translation>Derivación a un proyecto o servicios de orientación para la vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral to Joint TH-RRH project/unit/resource opening</source>
        <translation>Derivación a una vacante de proyecto/unidad/recurso conjunto TH-RRH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral to Non-continuum services: Ineligible for continuum services</source>
        <translation>Derivación a servicios fuera del continuo: no es elegible para los servicios del continuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral to Non-continuum services: No availability in continuum services</source>
        <translation>Derivación a servicios fuera del continuo: no hay disponibilidad en los servicios del continuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral to Other PH project/unit/resource opening</source>
        <translation>Derivación a una vacante de otro proyecto/unidad/recurso de vivienda permanente (PH)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral to PSH project resource opening</source>
        <translation>Derivación a una vacante de un proyecto de vivienda de apoyo permanente (PSH)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral to Post-placement/follow-up case management</source>
        <translation>Derivación a gestión de casos posterior a la colocación/de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral to Prevention Assistance project</source>
        <translation>Derivación a un proyecto de asistencia de prevención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral to RRH project resource opening</source>
        <translation>Derivación a una vacante de un proyecto de realojamiento rápido (RRH)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral to Street Outreach project or services</source>
        <translation>Derivación a un proyecto o servicios de alcance en la calle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral to Transitional Housing bed/unit opening</source>
        <translation>Derivación a una cama/unidad disponible en vivienda transitoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral to a Housing Stability Voucher</source>
        <translation>Derivación a un vale de estabilidad de vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral to emergency assistance/flex fund/furniture assistance</source>
        <translation>Derivación a asistencia de emergencia/fondo flexible/asistencia para muebles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral to scheduled Coordinated Entry Crisis Needs Assessment</source>
        <translation>Derivación a una evaluación programada de necesidades en crisis de la entrada coordinada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral to scheduled Coordinated Entry Housing Needs Assessment</source>
        <translation>Derivación a una evaluación programada de necesidades de vivienda de la entrada coordinada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered sex offender</source>
        <translation>Delincuente sexual registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship to head of household</source>
        <translation>Parentesco con el jefe de hogar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rental by client, no ongoing housing subsidy</source>
        <translation>Alquiler a nombre del cliente, sin subsidio de vivienda continuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rental by client, with ongoing housing subsidy</source>
        <translation>Alquiler a nombre del cliente, con subsidio de vivienda continuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rental by client, with other ongoing housing subsidy</source>
        <translation>Alquiler a nombre del cliente, con otro subsidio de vivienda continuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rental evictions within the past 7 years</source>
        <translation>Desalojos de viviendas alquiladas en los últimos 7 años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rental subsidy type</source>
        <translation>Tipo de subsidio de alquiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting period</source>
        <translation>Período del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residential project</source>
        <translation>Proyecto residencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residential project or halfway house with no homeless criteria</source>
        <translation>Proyecto residencial o casa de transición sin criterios de falta de vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result type</source>
        <translation>Tipo de resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirement income from Social Security</source>
        <translation>Ingresos de jubilación del Seguro Social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runaway youth</source>
        <translation>Joven que se fugó del hogar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rural</source>
        <translation>Rural</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ryan White-funded medical or dental assistance</source>
        <translation>Asistencia médica o dental financiada por Ryan White</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-1 RHY</source>
        <translation>SHA-1 RHY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 (RHY)</source>
        <translation>SHA-256 (RHY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNAP (food stamps)</source>
        <translation>SNAP (cupones de alimentos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSDI amount</source>
        <translation>Monto de SSDI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSI amount</source>
        <translation>Monto de SSI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSN</source>
        <translation>SSN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSN data quality</source>
        <translation>Calidad de los datos del SSN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSVF financial assistance</source>
        <translation>Asistencia financiera de SSVF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSVF service</source>
        <translation>Servicio de SSVF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe Haven</source>
        <translation>Refugio seguro (Safe Haven)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe and appropriate exit</source>
        <translation>Salida segura y adecuada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School program does not have grade levels</source>
        <translation>El programa escolar no tiene niveles de grado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School status</source>
        <translation>Situación escolar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seasonal</source>
        <translation>De temporada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seasonal / sporadic (including day labor)</source>
        <translation>De temporada / esporádico (incluido el trabajo por día)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self (head of household)</source>
        <translation>Uno mismo (jefe de hogar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-referral</source>
        <translation>Autoderivación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service record type</source>
        <translation>Tipo de registro de servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service subtype</source>
        <translation>Subtipo de servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services only</source>
        <translation>Solo servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share all information with participating agencies</source>
        <translation>Compartir toda la información con las agencias participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share name, date of birth and enrollment history only</source>
        <translation>Compartir solo el nombre, la fecha de nacimiento y el historial de inscripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed paper form</source>
        <translation>Formulario en papel firmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single parent with a minor child</source>
        <translation>Padre o madre sin pareja con un hijo menor de edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site-based - clustered / multiple sites</source>
        <translation>En sitio - agrupado / varios sitios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site-based - single site</source>
        <translation>En sitio - un solo sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Six months to one year ago (excluding one year exactly)</source>
        <translation>Hace entre seis meses y un año (sin incluir un año exacto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social Security Disability Insurance (SSDI)</source>
        <translation>Seguro por Discapacidad del Seguro Social (SSDI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social Security retirement amount</source>
        <translation>Monto de la jubilación del Seguro Social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some college</source>
        <translation>Algunos estudios universitarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space Force</source>
        <translation>Fuerza Espacial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spouse or partner</source>
        <translation>Cónyuge o pareja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State Children&apos;s Health Insurance Program</source>
        <translation>Programa Estatal de Seguro Médico para Niños</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State health insurance for adults</source>
        <translation>Seguro médico estatal para adultos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay was under the time limit</source>
        <translation>La estancia fue inferior al límite de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staying or living in a family member&apos;s room, apartment, or house</source>
        <translation>Se queda o vive en la habitación, el apartamento o la casa de un familiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staying or living in a friend&apos;s room, apartment or house</source>
        <translation>Se queda o vive en la habitación, el apartamento o la casa de un amigo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staying or living with family, permanent tenure</source>
        <translation>Se queda o vive con familiares, de forma permanente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staying or living with family, temporary tenure (e.g. room, apartment or house)</source>
        <translation>Se queda o vive con familiares, de forma temporal (p. ej., habitación, apartamento o casa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staying or living with friends, permanent tenure</source>
        <translation>Se queda o vive con amigos, de forma permanente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staying or living with friends, temporary tenure (e.g. room, apartment or house)</source>
        <translation>Se queda o vive con amigos, de forma temporal (p. ej., habitación, apartamento o casa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street outreach</source>
        <translation>Alcance en la calle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subsidy information</source>
        <translation>Información sobre el subsidio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substance abuse treatment facility or detox center</source>
        <translation>Centro de tratamiento por abuso de sustancias o de desintoxicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substance use disorder</source>
        <translation>Trastorno por consumo de sustancias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suburban</source>
        <translation>Suburbana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successful referral: client accepted</source>
        <translation>Derivación exitosa: el cliente fue aceptado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplemental Security Income (SSI)</source>
        <translation>Seguridad de Ingreso Suplementario (SSI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survivor of domestic violence</source>
        <translation>Sobreviviente de violencia doméstica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendido/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System Administrator</source>
        <translation>Administrador del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T-cell (CD4) and viral load</source>
        <translation>Células T (CD4) y carga viral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T-cell (CD4) count</source>
        <translation>Recuento de células T (CD4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T-cell (CD4) count available</source>
        <translation>Recuento de células T (CD4) disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TANF</source>
        <translation>TANF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TANF amount</source>
        <translation>Monto de TANF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TANF child care services</source>
        <translation>Servicios de cuidado infantil de TANF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TANF transportation services</source>
        <translation>Servicios de transporte de TANF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking antiretroviral medications</source>
        <translation>Toma medicamentos antirretrovirales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targeting screening required</source>
        <translation>Se requiere evaluación de focalización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary shelter</source>
        <translation>Refugio temporal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant-based - scattered site</source>
        <translation>Basado en el inquilino - sitios dispersos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theater of operations: Afghanistan (Operation Enduring Freedom)</source>
        <translation>Teatro de operaciones: Afganistán (Operación Libertad Duradera)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theater of operations: Iraq (Operation Iraqi Freedom)</source>
        <translation>Teatro de operaciones: Irak (Operación Libertad Iraquí)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theater of operations: Iraq (Operation New Dawn)</source>
        <translation>Teatro de operaciones: Irak (Operación Nuevo Amanecer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theater of operations: Korean War</source>
        <translation>Teatro de operaciones: Guerra de Corea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theater of operations: Persian Gulf War (Operation Desert Storm)</source>
        <translation>Teatro de operaciones: Guerra del Golfo Pérsico (Operación Tormenta del Desierto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theater of operations: Vietnam War</source>
        <translation>Teatro de operaciones: Guerra de Vietnam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theater of operations: World War II</source>
        <translation>Teatro de operaciones: Segunda Guerra Mundial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theater of operations: other peace-keeping operations or military interventions</source>
        <translation>Teatro de operaciones: otras operaciones de mantenimiento de la paz o intervenciones militares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three times</source>
        <translation>Tres veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three to six months ago (excluding six months exactly)</source>
        <translation>Hace entre tres y seis meses (sin incluir seis meses exactos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time until housing loss</source>
        <translation>Tiempo hasta la pérdida de la vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times homeless in the past three years</source>
        <translation>Veces sin hogar en los últimos tres años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total monthly income</source>
        <translation>Ingreso mensual total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred to another HUD/VASH program site</source>
        <translation>Transferido/a a otro sitio del programa HUD/VASH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transitional housing</source>
        <translation>Vivienda transitoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transitional housing for homeless persons (including homeless youth)</source>
        <translation>Vivienda transitoria para personas sin hogar (incluidos jóvenes sin hogar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two times</source>
        <translation>Dos veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two to six nights</source>
        <translation>De dos a seis noches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of employment</source>
        <translation>Tipo de empleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of service</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unable to locate client</source>
        <translation>No se pudo localizar al cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unable to work</source>
        <translation>No puede trabajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncharacterized</source>
        <translation>Sin caracterizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under other than honorable conditions (OTH)</source>
        <translation>En condiciones que no son honorables (OTH)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undetectable</source>
        <translation>Indetectable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unemployment in the family</source>
        <translation>Desempleo en la familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unemployment insurance</source>
        <translation>Seguro de desempleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unemployment insurance amount</source>
        <translation>Monto del seguro de desempleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unhappy with HUD/VASH housing</source>
        <translation>Insatisfecho/a con la vivienda de HUD/VASH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unhashed</source>
        <translation>Sin hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown / data not collected</source>
        <translation>Desconocido / datos no recopilados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown code</source>
        <translation>Código desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown/disappeared</source>
        <translation>Desconocido/desaparecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unrelated household member</source>
        <translation>Miembro del hogar sin parentesco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsuccessful referral: client rejected</source>
        <translation>Derivación fallida: el cliente la rechazó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsuccessful referral: provider rejected</source>
        <translation>Derivación fallida: el proveedor la rechazó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urban</source>
        <translation>Urbana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA non-service-connected disability amount</source>
        <translation>Monto de la pensión de la VA por discapacidad no relacionada con el servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA non-service-connected disability pension</source>
        <translation>Pensión de la VA por discapacidad no relacionada con el servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA service-connected disability amount</source>
        <translation>Monto de la compensación de la VA por discapacidad relacionada con el servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA service-connected disability compensation</source>
        <translation>Compensación de la VA por discapacidad relacionada con el servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA: CRS Contract Residential Services</source>
        <translation>VA: Servicios residenciales por contrato (CRS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA: Community Contract Safe Haven Program</source>
        <translation>VA: Programa de refugio seguro (Safe Haven) por contrato comunitario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA: Compensated Work Therapy Transitional Residence</source>
        <translation>VA: Residencia transitoria de terapia laboral compensada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA: Grant Per Diem - Bridge Housing</source>
        <translation>VA: Grant Per Diem - Vivienda puente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA: Grant Per Diem - Case Management/Housing Retention</source>
        <translation>VA: Grant Per Diem - Gestión de casos/retención de la vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA: Grant Per Diem - Clinical Treatment</source>
        <translation>VA: Grant Per Diem - Tratamiento clínico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA: Grant Per Diem - Hospital to Housing</source>
        <translation>VA: Grant Per Diem - Del hospital a la vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA: Grant Per Diem - Low Demand</source>
        <translation>VA: Grant Per Diem - Baja exigencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA: Grant Per Diem - Service Intensive Transitional Housing</source>
        <translation>VA: Grant Per Diem - Vivienda transitoria con servicios intensivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA: Grant Per Diem - Transition in Place</source>
        <translation>VA: Grant Per Diem - Transición en el lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA: Supportive Services for Veteran Families</source>
        <translation>VA: Servicios de apoyo para familias de veteranos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAMC station number</source>
        <translation>Número de estación del VAMC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VASH housing subsidy</source>
        <translation>Subsidio de vivienda VASH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbal consent (witnessed)</source>
        <translation>Consentimiento verbal (con testigo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very good</source>
        <translation>Muy bueno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veteran cannot be located</source>
        <translation>No se puede localizar al veterano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veteran is deceased</source>
        <translation>El veterano falleció</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veteran is incarcerated</source>
        <translation>El veterano está encarcelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veteran status</source>
        <translation>Condición de veterano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veteran too ill to participate at this time</source>
        <translation>El veterano está demasiado enfermo para participar en este momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veteran&apos;s Health Administration (VHA)</source>
        <translation>Administración de Salud para Veteranos (VHA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veteran&apos;s information</source>
        <translation>Información del veterano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viral load count</source>
        <translation>Carga viral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viral load information available</source>
        <translation>Información de carga viral disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocational certification</source>
        <translation>Certificación vocacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>Vale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WIC</source>
        <translation>WIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ward of the criminal justice system</source>
        <translation>Bajo la tutela del sistema de justicia penal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ward of the state</source>
        <translation>Bajo la tutela del estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What may be shared</source>
        <translation>Qué se puede compartir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the experience occurred</source>
        <translation>Cuándo ocurrió la experiencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why not employed</source>
        <translation>Por qué no tiene empleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With an on-going subsidy acquired since project entry</source>
        <translation>Con un subsidio continuo obtenido desde la entrada al proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With on-going subsidy</source>
        <translation>Con subsidio continuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the subsidy they had at project entry</source>
        <translation>Con el subsidio que tenía al entrar al proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within the past three months</source>
        <translation>En los últimos tres meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a subsidy</source>
        <translation>Sin subsidio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without an on-going subsidy</source>
        <translation>Sin subsidio continuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work was different from what was promised</source>
        <translation>El trabajo era distinto de lo prometido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker does not know</source>
        <translation>El trabajador no sabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker unable to determine</source>
        <translation>El trabajador no puede determinarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker&apos;s compensation</source>
        <translation>Compensación laboral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker&apos;s compensation amount</source>
        <translation>Monto de la compensación laboral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace violence or threats</source>
        <translation>Violencia o amenazas en el lugar de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year entered military service</source>
        <translation>Año de ingreso al servicio militar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year separated from military service</source>
        <translation>Año de separación del servicio militar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-round</source>
        <translation>Todo el año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years in child welfare or foster care</source>
        <translation>Años en bienestar infantil o cuidado de crianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years in the juvenile justice system</source>
        <translation>Años en el sistema de justicia juvenil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youngest child is 1 to 6 years old and/or one or more children (any age) require significant care</source>
        <translation>El hijo menor tiene de 1 a 6 años y/o uno o más hijos (de cualquier edad) requieren cuidados considerables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youngest child is under 1 year old</source>
        <translation>El hijo menor tiene menos de 1 año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth education status</source>
        <translation>Situación educativa del joven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth eligible for RHY services</source>
        <translation>Joven elegible para servicios de RHY</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <source>&amp;Continue that intake</source>
        <translation type="vanished">&amp;Continuar esa admisión</translation>
    </message>
    <message>
        <source>Discard that &amp;draft</source>
        <translation type="vanished">Descartar ese &amp;borrador</translation>
    </message>
    <message>
        <location filename="../../ui/intake_wizard.py" line="+83"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save intake (Ctrl+S)</source>
        <translation>&amp;Guardar admisión (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this intake</source>
        <translation>Descartar esta admisión</translation>
    </message>
    <message>
        <source>Everything is answered; press Ctrl+S to save.</source>
        <translation type="vanished">Todo está respondido; pulse Ctrl+S para guardar.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No HUD rule is broken; press Ctrl+S to save the whole household.</source>
        <translation>No se incumple ninguna regla de HUD; pulse Ctrl+S para guardar todo el hogar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some answers break a HUD rule; go back to fix them.</source>
        <translation>Algunas respuestas no cumplen una regla de HUD; vuelva atrás para corregirlas.</translation>
    </message>
    <message numerus="yes">
        <source>This page has %n problem(s); each is shown beside its field.</source>
        <translation type="vanished">
            <numerusform>Esta página tiene %n problema; se muestra junto a su campo.</numerusform>
            <numerusform>Esta página tiene %n problemas; cada uno se muestra junto a su campo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Problems on this page: %n. Each is shown beside its field.</source>
        <translation>
            <numerusform>Problemas en esta página: %n. Cada uno aparece junto a su campo.</numerusform>
            <numerusform>Problemas en esta página: %n. Cada uno aparece junto a su campo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>That client is no longer on this laptop; search again.</source>
        <translation>Ese cliente ya no está en esta portátil; busque de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Using the known client&apos;s record. Check their answers, then press Next.</source>
        <translation>Se usa el registro del cliente conocido. Revise sus respuestas y pulse Siguiente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go on to the review page to save the intake.</source>
        <translation>Siga a la página de revisión para guardar la admisión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was saved: fix the problems listed, then save again.</source>
        <translation>No se guardó nada: corrija los problemas de la lista y vuelva a guardar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved. The household is on this laptop and will be sent at the next sync.</source>
        <translation>Guardado. El hogar está en esta portátil y se enviará en la próxima sincronización.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Household of %n</source>
        <translation>
            <numerusform>Hogar de %n persona</numerusform>
            <numerusform>Hogar de %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue the intake started at %1? (%2)</source>
        <translation type="vanished">¿Continuar la admisión empezada el %1? (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The intake was brought back as it was left.</source>
        <translation>La admisión se recuperó tal como se dejó.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../ui/admin/user_dialogs.py" line="-116"/>
        <source>New user</source>
        <translation>Usuario nuevo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At least 12 characters, not a common or easily guessed password; a few unrelated words work well.</source>
        <translation>Al menos 12 caracteres, que no sea una contraseña común o fácil de adivinar; unas cuantas palabras sin relación funcionan bien.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Username</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Training valid until</source>
        <translation>&amp;Capacitación válida hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial &amp;password</source>
        <translation>Contraseña &amp;inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password &amp;again</source>
        <translation>Repita la c&amp;ontraseña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Create user</source>
        <translation>C&amp;rear usuario</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A username is one word of at most 100 characters.</source>
        <translation>Un nombre de usuario es una sola palabra de 100 caracteres como máximo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the first name (at most 50 characters).</source>
        <translation>Escriba el nombre (50 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the last name (at most 50 characters).</source>
        <translation>Escriba el apellido (50 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Security training must be valid today or later; staff cannot sign in once it has lapsed.</source>
        <translation>La capacitación de seguridad debe ser válida hoy o más adelante; el personal no puede iniciar sesión cuando ha caducado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating the user…</source>
        <translation>Creando el usuario…</translation>
    </message>
</context>
<context>
    <name>OutreachForm</name>
    <message>
        <location filename="../../ui/outreach_form.py" line="+49"/>
        <source>Outreach contact</source>
        <translation>Contacto de alcance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not enrolled in street outreach</source>
        <translation>No inscrito en alcance en la calle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street outreach project</source>
        <translation>Proyecto de alcance en la calle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Enroll in this project</source>
        <translation>&amp;Inscribir en este proyecto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This client has no open street outreach enrollment. Enroll them to record the contact.</source>
        <translation>Este cliente no tiene una inscripción abierta de alcance en la calle. Inscríbalo para registrar el contacto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save contact (Ctrl+S)</source>
        <translation>&amp;Guardar contacto (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1, since %2</source>
        <translation>%1, desde %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no street outreach project on this laptop. Sign in while connected (or sync) to copy your agency&apos;s projects.</source>
        <translation>No hay ningún proyecto de alcance en la calle en esta portátil. Inicie sesión con conexión (o sincronice) para copiar los proyectos de su agencia.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Enrolled. Now record the contact.</source>
        <translation>Inscrito. Ahora registre el contacto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enroll the client in a street outreach project first.</source>
        <translation>Primero inscriba al cliente en un proyecto de alcance en la calle.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The contact was not saved; see the notes beside the fields.</source>
        <translation>El contacto no se guardó; vea las notas junto a los campos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact saved on this laptop; it will be sent at the next sync.</source>
        <translation>Contacto guardado en esta portátil; se enviará en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>PartRows</name>
    <message>
        <location filename="../../ui/assessment_form.py" line="-96"/>
        <source>No rows yet.</source>
        <translation>Todavía no hay filas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Question order must be a whole number of zero or more.</source>
        <translation>El orden de la pregunta debe ser un número entero igual o mayor que cero.</translation>
    </message>
</context>
<context>
    <name>PrioritizationScreen</name>
    <message>
        <location filename="../../ui/prioritization_model.py" line="+30"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CE project</source>
        <translation>Proyecto de EC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project start date</source>
        <translation>Fecha de inicio del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/prioritization_screen.py" line="+60"/>
        <source>Prioritization status</source>
        <translation>Estado de priorización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last assessment</source>
        <translation>Última evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment type</source>
        <translation>Tipo de evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment level</source>
        <translation>Nivel de evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open referral</source>
        <translation>Derivación abierta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placed on prioritization list</source>
        <translation>Incluido en la lista de priorización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not placed on prioritization list</source>
        <translation>No incluido en la lista de priorización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed yet</source>
        <translation>Aún sin evaluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crisis Needs Assessment</source>
        <translation>Evaluación de necesidades en crisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing Needs Assessment</source>
        <translation>Evaluación de necesidades de vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal ID</source>
        <translation>ID personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinated entry project</source>
        <translation>Proyecto de entrada coordinada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown code</source>
        <translation>Código desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(client not on this laptop)</source>
        <translation>(cliente que no está en esta computadora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name given)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a Data Coordinator, a case manager doing coordinated entry or a System Administrator can see the CAN&apos;s prioritization list.</source>
        <translation>Solo un coordinador de datos, un administrador de casos de entrada coordinada o un administrador del sistema puede ver la lista de priorización de la CAN.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The list could not be written there, and nothing was saved. Choose a folder you can write to.</source>
        <translation>No se pudo guardar la lista ahí, y no se guardó nada. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every status</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../ui/prioritization_screen.py" line="-13"/>
        <location line="+122"/>
        <source>Prioritization list</source>
        <translation>Lista de priorización</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>CAN</source>
        <translation>CAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;AN:</source>
        <translation>C&amp;AN:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name, date of birth or project</source>
        <translation>nombre, fecha de nacimiento o proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only with an open &amp;referral</source>
        <translation>Solo con una de&amp;rivación abierta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sort &amp;by:</source>
        <translation>Orde&amp;nar por:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Descending</source>
        <translation>&amp;Descendente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People on the prioritization list</source>
        <translation>Personas en la lista de priorización</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Update the list</source>
        <translation>Act&amp;ualizar la lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportar a CSV…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reading the coordinated entry records on this laptop…</source>
        <translation>Leyendo los registros de entrada coordinada de esta computadora…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The list could not be made. Try again; if it keeps happening, tell your HMIS Admin.</source>
        <translation>No se pudo preparar la lista. Inténtelo de nuevo; si sigue pasando, avise a su administrador de HMIS.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This laptop does not know its CAN yet. Sign in once with a connection so it learns the CAN&apos;s coordinated entry projects.</source>
        <translation>Esta computadora aún no conoce su CAN. Inicie sesión una vez con conexión para que aprenda los proyectos de entrada coordinada de la CAN.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prioritization list of the %1 CAN</source>
        <translation>Lista de priorización de la CAN %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made from the records on this laptop. What others recorded since the last sync is not in it.</source>
        <translation>Hecha con los registros de esta computadora. Lo que otros registraron desde la última sincronización no aparece.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Showing %1 of %2 people.</source>
        <translation>Se muestran %1 de %2 personas.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export the prioritization list</source>
        <translation>Exportar la lista de priorización</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 people written to %2.</source>
        <translation>%1 personas guardadas en %2.</translation>
    </message>
</context>
<context>
    <name>QualityScreen</name>
    <message>
        <location filename="../../ui/admin/quality_screen.py" line="+56"/>
        <source>Data quality of the records on this laptop</source>
        <translation>Calidad de los datos de los registros en esta portátil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Data quality by element</source>
        <translation>Calidad de los datos por elemento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeliness of entry (HUD Q6e)</source>
        <translation>Puntualidad del registro (HUD Q6e)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Timeliness of entry (HUD Q6e)</source>
        <translation>Pun&amp;tualidad del registro (HUD Q6e)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+14"/>
        <source>Clients with issues</source>
        <translation>Clientes con problemas</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Checking every record on this laptop…</source>
        <translation>Revisando cada registro de esta portátil…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report made for %1.</source>
        <translation>Informe hecho para %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Records checked: %n.</source>
        <translation>
            <numerusform>Registros revisados: %n.</numerusform>
            <numerusform>Registros revisados: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Clients with at least one issue: %n.</source>
        <translation>
            <numerusform>Clientes con al menos un problema: %n.</numerusform>
            <numerusform>Clientes con al menos un problema: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/record_dialog.py" line="+50"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ReferralResultForm</name>
    <message>
        <location filename="../../ui/event_form.py" line="+51"/>
        <source>Referral result</source>
        <translation>Resultado de la derivación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result of the referral of %1: %2</source>
        <translation>Resultado de la derivación del %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save result</source>
        <translation>&amp;Guardar resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The result was not saved: fix the answers marked above.</source>
        <translation>No se guardó el resultado: corrija las respuestas marcadas arriba.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the referral&apos;s result first.</source>
        <translation>Elija primero el resultado de la derivación.</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <location filename="../../ui/service_form.py" line="+36"/>
        <source>Service or bed night</source>
        <translation>Servicio o noche de cama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service for %1</source>
        <translation>Servicio para %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type of service (HUD code)</source>
        <translation>Tipo de servicio (código HUD)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&amp;Bed night</source>
        <translation>&amp;Noche de cama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a bed night for the date above (Alt+B)</source>
        <translation>Guardar una noche de cama para la fecha de arriba (Alt+B)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was saved: fix the answers marked above.</source>
        <translation>No se guardó nada: corrija las respuestas marcadas arriba.</translation>
    </message>
</context>
<context>
    <name>SetUpPage</name>
    <message>
        <location filename="../../ui/set_up_page.py" line="+30"/>
        <source>Set up this device</source>
        <translation>Configurar este dispositivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Security Coordinator gives you the server&apos;s address and a one-time enrollment code. Your username and password are your HMIS ones.</source>
        <translation>Su coordinador de seguridad le da la dirección del servidor y un código de inscripción de un solo uso. Su nombre de usuario y contraseña son los de HMIS.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>only if your agency gave you one</source>
        <translation>solo si su agencia le dio uno</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Set up this device</source>
        <translation>&amp;Configurar este dispositivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server &amp;address</source>
        <translation>&amp;Dirección del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrollment &amp;code</source>
        <translation>Código de &amp;inscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device &amp;name</source>
        <translation>&amp;Nombre del dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server key p&amp;in</source>
        <translation>&amp;Huella de la clave del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Username</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>C&amp;ontraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password a&amp;gain</source>
        <translation>&amp;Repita la contraseña</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter the server&apos;s address, starting with https://</source>
        <translation>Escriba la dirección del servidor, empezando por https://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the enrollment code your Security Coordinator gave you.</source>
        <translation>Escriba el código de inscripción que le dio su coordinador de seguridad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give this device a name, so coordinators can tell it apart.</source>
        <translation>Dé un nombre a este dispositivo para que los coordinadores lo distingan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your username.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Use a password of at least %n characters.</source>
        <translation>
            <numerusform>Use una contraseña de al menos %n carácter.</numerusform>
            <numerusform>Use una contraseña de al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Setting up this device…</source>
        <translation>Configurando este dispositivo…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The device could not be set up; nothing was changed. Try again.</source>
        <translation>No se pudo configurar el dispositivo; no se cambió nada. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ui/shell.py" line="+48"/>
        <location line="+47"/>
        <location line="+5"/>
        <location line="+73"/>
        <source>HMIS Intake</source>
        <translation>HMIS Intake</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+93"/>
        <source>This device was wiped by your agency. Set it up again to use it.</source>
        <translation>Su agencia borró este dispositivo. Configúrelo de nuevo para usarlo.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>You are signed out.</source>
        <translation>Cerró la sesión.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your session has ended after the hours your agency allows. Sign in again; your work is kept.</source>
        <translation>Su sesión terminó tras las horas que permite su agencia. Inicie sesión de nuevo; su trabajo se conserva.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/refusals.py" line="+16"/>
        <source>The username, password or code is not right.</source>
        <translation>El nombre de usuario, la contraseña o el código no son correctos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your first sign-in on this device needs a connection to the server.</source>
        <translation>Su primer inicio de sesión en este dispositivo necesita conexión con el servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your HMIS security training has lapsed. Renew it, then ask your Security Coordinator to update your record.</source>
        <translation>Su capacitación de seguridad de HMIS ha vencido. Renuévela y pida a su Coordinador de Seguridad que actualice su registro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account is disabled. Ask your Security Coordinator.</source>
        <translation>Esta cuenta está desactivada. Consulte a su Coordinador de Seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server no longer accepts this device (it has been revoked). Ask your Security Coordinator.</source>
        <translation>El servidor ya no acepta este dispositivo (ha sido revocado). Consulte a su Coordinador de Seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many failed sign-ins: this device&apos;s sign-in keys have been destroyed and its data can no longer be opened. Ask your Security Coordinator to set the device up again.</source>
        <translation>Demasiados intentos fallidos: las claves de inicio de sesión de este dispositivo se han destruido y sus datos ya no se pueden abrir. Pida a su Coordinador de Seguridad que vuelva a configurar el dispositivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This device is not set up yet. Set it up with a code from your Security Coordinator.</source>
        <translation>Este dispositivo aún no está configurado. Configúrelo con un código de su Coordinador de Seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session has ended. Sign in again with your password and a new code.</source>
        <translation>Su sesión ha terminado. Inicie sesión de nuevo con su contraseña y un código nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server can&apos;t be reached. Check the connection and try again.</source>
        <translation>No se puede conectar con el servidor. Compruebe la conexión e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>6 digits; leave empty if you have no authenticator yet</source>
        <translation type="vanished">6 dígitos; déjelo vacío si aún no tiene autenticador</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_page.py" line="+56"/>
        <source>First time on this laptop? A colleague who is signed in here can add you with “Add a colleague”.</source>
        <translation>¿Primera vez en esta computadora? Un compañero que haya iniciado sesión aquí puede añadirle con «Añadir a un compañero».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in as &amp;someone else</source>
        <translation>Iniciar sesión como otra &amp;persona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Username</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>C&amp;ontraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticator &amp;code</source>
        <translation>Código del au&amp;tenticador</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>6 digits, or the first time the set-up code you were given</source>
        <translation>6 dígitos o, la primera vez, el código de configuración que le dieron</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>6 digits</source>
        <translation>6 dígitos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window was locked after a while without use. Your work is kept. Enter your password to go on.</source>
        <translation>La ventana se bloqueó tras un tiempo sin uso. Su trabajo se conserva. Escriba su contraseña para seguir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set up your authenticator</source>
        <translation>Configure su autenticador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan this code with your authenticator app (or type the key below into it), then enter the 6-digit code it shows.</source>
        <translation>Escanee este código con su aplicación de autenticación (o escriba en ella la clave de abajo) y luego escriba el código de 6 dígitos que muestra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter your username.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the 6-digit code from your authenticator app. The first time, enter the set-up code your Security Coordinator gave you.</source>
        <translation>Escriba el código de 6 dígitos de su aplicación de autenticación. La primera vez, escriba el código de configuración que le dio su Coordinador de Seguridad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Escriba el código de 6 dígitos de su aplicación de autenticación.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Signing in did not work; nothing was changed. Try again.</source>
        <translation>No se pudo iniciar sesión; no se cambió nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Too many failed sign-ins. You can try again in %1.</source>
        <translation>Demasiados intentos fallidos. Podrá volver a intentarlo en %1.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation type="vanished">
            <numerusform>Demasiados intentos fallidos. Inténtelo de nuevo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos fallidos. Inténtelo de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can try again now.</source>
        <translation>Ya puede intentarlo de nuevo.</translation>
    </message>
</context>
<context>
    <name>StageAssessmentForm</name>
    <message>
        <location filename="../../ui/stage_assessment_form.py" line="+21"/>
        <source>Update or annual assessment</source>
        <translation>Actualización o evaluación anual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update or annual assessment for %1 (entered %2)</source>
        <translation>Actualización o evaluación anual en %1 (entrada el %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save assessment</source>
        <translation>&amp;Guardar evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was saved: fix the answers marked above.</source>
        <translation>No se guardó nada: corrija las respuestas marcadas arriba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual assessment</source>
        <translation>Evaluación anual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data collection stage</source>
        <translation>Etapa de recopilación de datos</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Data collection stage</source>
        <translation>&amp;Etapa de recopilación de datos</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="vanished">%1 %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Asked at this stage because this project is funded by %1.</source>
        <translation>Se pregunta en esta etapa porque este proyecto lo financia %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This project&apos;s funders ask no program elements of this client at this stage: there is nothing to record.</source>
        <translation>Los financiadores de este proyecto no piden elementos del programa a este cliente en esta etapa: no hay nada que registrar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HUD&apos;s annual assessment window nearest this date: %1 to %2 (30 days either side of the anniversary of the head of household&apos;s project start, %3). Any other date is an update.</source>
        <translation>Período de evaluación anual de HUD más cercano a esta fecha: del %1 al %2 (30 días antes o después del aniversario de la fecha de inicio del proyecto del jefe de hogar, %3). Cualquier otra fecha es una actualización.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../ui/sync_words.py" line="+19"/>
        <source>The sync did not finish. Your changes are kept on this laptop and will be sent next time.</source>
        <translation>La sincronización no terminó. Sus cambios se guardan en esta computadora y se enviarán la próxima vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server can&apos;t be reached. Your changes are kept on this laptop and will be sent when the connection is back.</source>
        <translation>No se puede conectar con el servidor. Sus cambios se guardan en esta computadora y se enviarán cuando vuelva la conexión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer from the server was not understood (on public Wi-Fi, open a web page and sign in to the network first). Nothing was changed; the sync will try again.</source>
        <translation>No se entendió la respuesta del servidor (en una red Wi-Fi pública, abra primero una página web e inicie sesión en la red). No se cambió nada; la sincronización lo intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server had a problem and could not take the changes now. The sync will try again.</source>
        <translation>El servidor tuvo un problema y no pudo recibir los cambios ahora. La sincronización lo intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted, so nothing was sent. Check the server address, or tell your Security Coordinator.</source>
        <translation>El certificado del servidor no es de confianza, así que no se envió nada. Compruebe la dirección del servidor o avise a su Coordinador de Seguridad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s key does not match the one this device was set up with, so nothing was sent. Do not continue; tell your Security Coordinator.</source>
        <translation>La clave del servidor no coincide con la que se usó al configurar este dispositivo, así que no se envió nada. No continúe; avise a su Coordinador de Seguridad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in required: sign in while online to sync.</source>
        <translation>Se requiere iniciar sesión: inicie sesión con conexión para sincronizar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused this device. Tell your Security Coordinator.</source>
        <translation>El servidor rechazó este dispositivo. Avise a su Coordinador de Seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device is not set up with a server yet. Enroll it with a code from your Security Coordinator.</source>
        <translation>Este dispositivo aún no está configurado con un servidor. Inscríbalo con un código de su Coordinador de Seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device was wiped on the order of your agency. Its data is gone; set it up again to use it.</source>
        <translation>Este dispositivo fue borrado por orden de su agencia. Sus datos ya no existen; vuelva a configurarlo para usarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked in with the server.</source>
        <translation>Se registró con el servidor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking in with the server</source>
        <translation>Registrándose con el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending changes</source>
        <translation>Enviando cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending decisions on conflicts and duplicates</source>
        <translation>Enviando decisiones sobre conflictos y duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving changes</source>
        <translation>Recibiendo cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetching conflicts and possible duplicates</source>
        <translation>Obteniendo conflictos y posibles duplicados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync complete. Changes sent: %1; received: %2.</source>
        <translation>Sincronización completa. Cambios enviados: %1; recibidos: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for a decision: %1.</source>
        <translation>Pendientes de una decisión: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused by the server (kept, with the reason): %1.</source>
        <translation>Rechazados por el servidor (se conservan, con el motivo): %1.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/sync_status.py" line="+58"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send and receive changes (%1)</source>
        <translation>Enviar y recibir cambios (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not synced yet</source>
        <translation>Aún no se ha sincronizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync problem</source>
        <translation>Problema de sincronización</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Changes waiting: %n</source>
        <translation>
            <numerusform>Cambios pendientes: %n</numerusform>
            <numerusform>Cambios pendientes: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>To review: %n</source>
        <translation>
            <numerusform>Por revisar: %n</numerusform>
            <numerusform>Por revisar: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Refused: %n</source>
        <translation>
            <numerusform>Rechazados: %n</numerusform>
            <numerusform>Rechazados: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The sync did not finish. Your changes are kept on this laptop and will be sent next time.</source>
        <translation>La sincronización no terminó. Sus cambios se guardan en esta computadora portátil y se enviarán la próxima vez.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../ui/admin/user_dialogs.py" line="+21"/>
        <source>Security training</source>
        <translation>Capacitación de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When does the security training of %1 lapse?</source>
        <translation>¿Cuándo caduca la capacitación de seguridad de %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valid until</source>
        <translation>&amp;Válida hasta</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../ui/admin/users_screen.py" line="-3"/>
        <source>Users of your agency</source>
        <translation>Usuarios de su agencia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New user…</source>
        <translation>&amp;Usuario nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;MFA</source>
        <translation>Restablecer &amp;MFA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;training date…</source>
        <translation>Fecha de &amp;capacitación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is disabled and signed out everywhere.</source>
        <translation>%1 está desactivado y se cerraron todas sus sesiones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 may sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is unlocked.</source>
        <translation>%1 está desbloqueado.</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Users: %n.</source>
        <translation>
            <numerusform>Usuarios: %n.</numerusform>
            <numerusform>Usuarios: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the users…</source>
        <translation>Cargando los usuarios…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+41"/>
        <location line="+15"/>
        <source>Choose a user in the list first.</source>
        <translation>Primero elija un usuario de la lista.</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+58"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>%1 was added. Give them the set-up code shown, for their first sign-in.</source>
        <translation>Se agregó a %1. Entréguele el código de configuración que se muestra, para su primer inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 was added. They set up their authenticator from the code shown.</source>
        <translation type="vanished">Se agregó a %1. Configura su autenticador con el código que se muestra.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating the user…</source>
        <translation>Creando el usuario…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The authenticator of %1 was reset and their sessions ended.</source>
        <translation>Se restableció el autenticador de %1 y se cerraron sus sesiones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resetting the authenticator…</source>
        <translation>Restableciendo el autenticador…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The training date of %1 is saved.</source>
        <translation>Se guardó la fecha de capacitación de %1.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/pages.py" line="+85"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New intake</source>
        <translation>Nueva admisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data quality</source>
        <translation>Calidad de los datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="+47"/>
        <source>Prioritization list</source>
        <translation>Lista de priorización</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the window (Ctrl+L)</source>
        <translation>Bloquear la ventana (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a &amp;colleague…</source>
        <translation>Añadir a un &amp;compañero…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let another worker sign in on this laptop</source>
        <translation>Permitir que otro trabajador inicie sesión en esta computadora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>HMIS Intake</source>
        <translation>HMIS Intake</translation>
    </message>
</context>
<context>
    <name>_ReviewScreen</name>
    <message>
        <location filename="../../ui/review_screens.py" line="-128"/>
        <source>Choose an item in the list first.</source>
        <translation>Primero elija un elemento de la lista.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That could not be saved: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
</context>
</TS>
