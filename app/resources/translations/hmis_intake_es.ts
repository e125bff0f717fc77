<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/admin/audit_screen.py" line="+44"/>
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
        <location filename="../../ui/admin/quality_screen.py" line="+107"/>
        <location filename="../../ui/review_screens.py" line="+105"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../../ui/admin/common.py" line="+39"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That did not work, and nothing was changed. Try again; if it keeps happening, tell your HMIS Admin.</source>
        <translation>No funcionó y no se cambió nada. Inténtelo de nuevo; si sigue pasando, avise a su administrador de HMIS.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&amp;Type the device name to confirm: %1</source>
        <translation>&amp;Escriba el nombre del dispositivo para confirmar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin/devices_screen.py" line="+43"/>
        <location filename="../../ui/admin/users_screen.py" line="+38"/>
        <location filename="../../ui/client_profile.py" line="+40"/>
        <location filename="../../ui/intake/duplicate_dialog.py" line="+34"/>
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
        <location filename="../../ui/admin/quality_screen.py" line="-53"/>
        <source>Project starts entered the same day: %1 of %2; 11 or more days later: %3.</source>
        <translation>Inicios en el proyecto registrados el mismo día: %1 de %2; 11 días o más después: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project exits entered the same day: %1 of %2; 11 or more days later: %3.</source>
        <translation>Salidas del proyecto registradas el mismo día: %1 de %2; 11 días o más después: %3.</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location filename="../../ui/intake/duplicate_dialog.py" line="-14"/>
        <location filename="../../ui/intake/household_page.py" line="+17"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../ui/intake/project_page.py" line="+26"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t know / refused</source>
        <translation>No sabe / se niega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time for record entry</source>
        <translation>Tiempo hasta el registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project start records</source>
        <translation>Registros de inicio en el proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../../ui/admin/users_screen.py" line="-16"/>
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
        <location line="+12"/>
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
        <location filename="../../ui/intake/disability_answers.py" line="+25"/>
        <location filename="../../ui/intake/enrollment_page.py" line="+127"/>
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
        <location line="+1"/>
        <source>SSN</source>
        <translation>SSN</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/intake/duplicate_dialog.py" line="+14"/>
        <location filename="../../ui/review_screens.py" line="+68"/>
        <location line="+1"/>
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
        <location line="+7"/>
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
        <location line="-14"/>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These clients already known on this laptop may be the person you typed. Pick one to use their record, or say this is a new person.</source>
        <translation>Estos clientes ya conocidos en esta portátil podrían ser la persona que escribió. Elija uno para usar su registro, o indique que es una persona nueva.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../../ui/intake/enrollment_page.py" line="-21"/>
        <source>Entry answers for member %1 of %2</source>
        <translation>Respuestas de entrada del miembro %1 de %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Income</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-cash benefits</source>
        <translation>Beneficios no monetarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health insurance</source>
        <translation>Seguro médico</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Domestic violence</source>
        <translation>Violencia doméstica</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Asked because this project is funded by %1.</source>
        <translation>Se pregunta porque este proyecto lo financia %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/intake/household_page.py" line="+2"/>
        <source>relationship not chosen</source>
        <translation>parentesco sin elegir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, born %1</source>
        <translation>, nacido/a el %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+9"/>
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
        <location filename="../../ui/intake/person_page.py" line="+69"/>
        <source>Head of household</source>
        <translation>Jefe de hogar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household member %1</source>
        <translation>Miembro del hogar %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a client already known on this laptop; their record will be updated with any changes.</source>
        <translation>Este cliente ya es conocido en esta portátil; su registro se actualizará con los cambios.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose how this person is related to the head of household.</source>
        <translation>Elija qué parentesco tiene esta persona con el jefe de hogar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A household can have only one head of household; choose this member&apos;s relationship to the head.</source>
        <translation>Un hogar solo puede tener un jefe de hogar; elija el parentesco de este miembro con el jefe.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+4"/>
        <source>There are no projects on this laptop yet. Sign in while connected to the internet (or run a sync) so your agency&apos;s projects are copied here, then start the intake again.</source>
        <translation>Todavía no hay proyectos en esta portátil. Inicie sesión con conexión a internet (o sincronice) para copiar aquí los proyectos de su agencia y vuelva a empezar la admisión.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the project the household is entering.</source>
        <translation>Elija el proyecto al que entra el hogar.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/review_page.py" line="+25"/>
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
        <location line="+5"/>
        <source>%1 people entering %2 on %3. Press Ctrl+S to save the whole household.</source>
        <translation>%1 personas entran en %2 el %3. Pulse Ctrl+S para guardar todo el hogar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The household needs one head of household.</source>
        <translation>El hogar necesita un jefe de hogar.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="+107"/>
        <source>%1: problem</source>
        <translation>%1: problema</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+5"/>
        <source>%1 must be an amount of money.</source>
        <translation>%1 debe ser una cantidad de dinero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 debe ser un número entero.</translation>
    </message>
    <message>
        <location filename="../../ui/review_screens.py" line="-144"/>
        <source>(blank)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+75"/>
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
        <location line="+68"/>
        <source>First client</source>
        <translation>Primer cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second client</source>
        <translation>Segundo cliente</translation>
    </message>
    <message>
        <location filename="../../ui/intake/draft_offer.py" line="+36"/>
        <source>&amp;Continue that intake</source>
        <translation>&amp;Continuar esa admisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard that &amp;draft</source>
        <translation>Descartar ese &amp;borrador</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Continue the intake started at %1? (%2)</source>
        <translation>¿Continuar la admisión empezada el %1? (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialogs.py" line="+138"/>
        <source>Give %1 this set-up code in person or by phone, never by e-mail. It works once, for %2 hours: at their first sign-in they type it in place of the authenticator code, then scan the code their screen shows with their authenticator app.</source>
        <translation>Entregue este código de configuración a %1 en persona o por teléfono, nunca por correo electrónico. Sirve una sola vez, durante %2 horas: al iniciar sesión por primera vez lo escribe en lugar del código del autenticador y luego escanea con su aplicación de autenticación el código que muestra su pantalla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authenticator set-up code</source>
        <translation>Código de configuración del autenticador</translation>
    </message>
    <message>
        <location filename="../../ui/ce_section.py" line="+40"/>
        <source>%1, %2, at %3</source>
        <translation>%1, %2, en %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions answered: %1</source>
        <translation>Preguntas respondidas: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OPEN: waiting for a result</source>
        <translation>ABIERTA: a la espera de un resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing open: every referral has its result.</source>
        <translation>Nada abierto: cada derivación tiene su resultado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open referrals waiting for a result: %1. %2</source>
        <translation>Derivaciones abiertas a la espera de un resultado: %1. %2</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/add_user_dialog.py" line="+22"/>
        <source>Add a colleague to this laptop</source>
        <translation>Añadir a un compañero en esta computadora</translation>
    </message>
    <message>
        <source>Your colleague types their own HMIS username, password and the code from their authenticator app (leave the code empty if they have none yet). This needs a connection to the server.</source>
        <translation type="vanished">Su compañero escribe su propio nombre de usuario de HMIS, su contraseña y el código de su aplicación de autenticación (deje el código vacío si aún no tiene una). Se necesita conexión con el servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your colleague types their own HMIS username, password and the code from their authenticator app (or, if they have none yet, the set-up code their Security Coordinator gave them). This needs a connection to the server.</source>
        <translation>Su colega escribe su propio usuario de HMIS, su contraseña y el código de su aplicación de autenticación (o, si aún no tiene una, el código de configuración que le dio su Coordinador de Seguridad). Esto requiere conexión con el servidor.</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+3"/>
        <source>Enter the 6-digit code from the authenticator app.</source>
        <translation>Escriba el código de 6 dígitos de la aplicación de autenticación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the 6-digit code from the authenticator app, or the set-up code from the Security Coordinator.</source>
        <translation>Escriba el código de 6 dígitos de la aplicación de autenticación, o el código de configuración del Coordinador de Seguridad.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking with the server…</source>
        <translation>Comprobando con el servidor…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your colleague scans this code with their authenticator app, then types the 6-digit code it shows.</source>
        <translation>Su compañero escanea este código con su aplicación de autenticación y luego escribe el código de 6 dígitos que muestra.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your colleague could not be added; nothing was changed. Try again.</source>
        <translation>No se pudo añadir a su compañero; no se cambió nada. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>AdminScreens</name>
    <message>
        <location filename="../../ui/admin/quality_screen.py" line="-83"/>
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
        <location line="+1"/>
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
        <location line="+2"/>
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
        <location filename="../../ui/assessment_form.py" line="+127"/>
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
        <location line="+1"/>
        <source>The CAN&apos;s questions and answers</source>
        <translation>Preguntas y respuestas de la CAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;question</source>
        <translation>Añadir &amp;pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+10"/>
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
        <location line="+36"/>
        <source>Loading the audit trail…</source>
        <translation>Cargando el registro de auditoría…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That is the whole trail: there are no older events.</source>
        <translation>Ese es todo el registro: no hay eventos más antiguos.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../../ui/ce_section.py" line="+10"/>
        <source>Coordinated entry</source>
        <translation>Entrada coordinada</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+46"/>
        <source>Choose a coordinated entry enrollment above to record an assessment or an event.</source>
        <translation>Elija arriba una inscripción de entrada coordinada para registrar una evaluación o un evento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not take part in coordinated entry: choose a coordinated entry enrollment to record an assessment or an event.</source>
        <translation>%1 no participa en la entrada coordinada: elija una inscripción de entrada coordinada para registrar una evaluación o un evento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This enrollment belongs to another agency: its coordinated entry history is shown, and only that agency can add to it.</source>
        <translation>Esta inscripción pertenece a otra agencia: se muestra su historial de entrada coordinada y solo esa agencia puede añadirle algo.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+18"/>
        <source>The assessment was saved.</source>
        <translation>Se guardó la evaluación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The event was saved.</source>
        <translation>Se guardó el evento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The referral&apos;s result was saved.</source>
        <translation>Se guardó el resultado de la derivación.</translation>
    </message>
</context>
<context>
    <name>ClientProfileView</name>
    <message>
        <location filename="../../ui/client_profile.py" line="+15"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Release of information</source>
        <translation>Autorización para divulgar información</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+1"/>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+7"/>
        <source>&amp;Enrollments</source>
        <translation>&amp;Inscripciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ser&amp;vices and bed nights</source>
        <translation>Ser&amp;vicios y noches de cama</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Bed night</source>
        <translation>Noche de cama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, type %2</source>
        <translation>%1, tipo %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no name given)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+10"/>
        <source>This enrollment belongs to another agency: only that agency can record its exit or services.</source>
        <translation>Esta inscripción pertenece a otra agencia: solo esa agencia puede registrar su salida o sus servicios.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose an open enrollment first.</source>
        <translation>Primero elija una inscripción abierta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exits saved: %1.</source>
        <translation>Salidas guardadas: %1.</translation>
    </message>
    <message>
        <source>The exit was saved.</source>
        <translation type="vanished">La salida se guardó.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../../ui/clients_page.py" line="+30"/>
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
        <location filename="../../ui/clients_screen.py" line="+41"/>
        <source>Name, nickname, date of birth or last 4 of SSN</source>
        <translation>Nombre, apodo, fecha de nacimiento o últimos 4 del SSN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find a client</source>
        <translation>&amp;Buscar un cliente</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+1"/>
        <source>Also known as</source>
        <translation>También conocido como</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <source>No client found. Check the spelling, try a date of birth, or press %1 for a new intake.</source>
        <translation>No se encontró ningún cliente. Revise la ortografía, pruebe con una fecha de nacimiento o pulse %1 para una nueva admisión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The search could not run. Try again; nothing was changed.</source>
        <translation>No se pudo hacer la búsqueda. Inténtelo de nuevo; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name, nickname, date of birth (MM/DD/YYYY) or the last 4 digits of the SSN.</source>
        <translation>Escriba un nombre, apodo, fecha de nacimiento (MM/DD/AAAA) o los últimos 4 dígitos del SSN.</translation>
    </message>
</context>
<context>
    <name>ConflictScreen</name>
    <message>
        <location filename="../../ui/review_screens.py" line="-66"/>
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
        <location line="+42"/>
        <source>enter a whole number.</source>
        <translation>escriba un número entero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved on this device; it will be sent at the next sync.</source>
        <translation>Guardado en este dispositivo; se enviará en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>DevicesScreen</name>
    <message>
        <location filename="../../ui/admin/devices_screen.py" line="-34"/>
        <source>Laptops of your agency</source>
        <translation>Portátiles de su agencia</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+43"/>
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
        <location line="+19"/>
        <source>Laptops: %n.</source>
        <translation>
            <numerusform>Portátiles: %n.</numerusform>
            <numerusform>Portátiles: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the laptops…</source>
        <translation>Cargando las portátiles…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+53"/>
        <source>Choose a laptop in the list first.</source>
        <translation>Primero elija una portátil de la lista.</translation>
    </message>
    <message>
        <location line="-51"/>
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
        <location line="+2"/>
        <source>Ordering the wipe…</source>
        <translation>Ordenando el borrado…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Revoke “%1”? The server will refuse it from now on. Its data stays on the laptop (to destroy it, wipe the laptop instead), and changes not yet synced will never arrive.</source>
        <translation>¿Revocar “%1”? El servidor la rechazará a partir de ahora. Sus datos se quedan en la portátil (para destruirlos, bórrela en su lugar) y los cambios aún no sincronizados nunca llegarán.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke a laptop</source>
        <translation>Revocar una portátil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;voke it</source>
        <translation>Re&amp;vocarla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoking…</source>
        <translation>Revocando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is revoked.</source>
        <translation>“%1” está revocada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new enrollment code was made.</source>
        <translation>Se creó un nuevo código de inscripción.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrollment code</source>
        <translation>Código de inscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read this code out to the person setting up the laptop. It works once and expires after %1 hours.</source>
        <translation>Lea este código en voz alta a la persona que configura la portátil. Funciona una sola vez y caduca a las %1 horas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making a code…</source>
        <translation>Creando un código…</translation>
    </message>
</context>
<context>
    <name>DuplicateScreen</name>
    <message>
        <location filename="../../ui/review_screens.py" line="+9"/>
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
        <location line="+13"/>
        <source>Saved on this device; it will be sent at the next sync.</source>
        <translation>Guardado en este dispositivo; se enviará en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../ui/event_form.py" line="+56"/>
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
        <location filename="../../ui/exit_form.py" line="+79"/>
        <source>Project exit</source>
        <translation>Salida del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit from %1 (entered %2)</source>
        <translation>Salida de %1 (entrada el %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save exit</source>
        <translation>&amp;Guardar salida</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Household members leaving too. Each one ticked exits with the same date and destination as above; untick anyone who stays (Space ticks and unticks).</source>
        <translation>Miembros del &amp;hogar que también salen. Cada uno marcado sale con la misma fecha y destino de arriba; desmarque a quien se quede (Espacio marca y desmarca).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Household members leaving too</source>
        <translation>Miembros del hogar que también salen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Asked at exit because this project is funded by %1.</source>
        <translation>Se pregunta a la salida porque este proyecto lo financia %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No exit was saved, for anyone in the household.</source>
        <translation>No se guardó ninguna salida para nadie del hogar.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Cancelar</translation>
    </message>
    <message>
        <location line="-131"/>
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
        <location filename="../../ui/intake_wizard.py" line="+76"/>
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
        <location line="+51"/>
        <source>No HUD rule is broken; press Ctrl+S to save the whole household.</source>
        <translation>No se incumple ninguna regla de HUD; pulse Ctrl+S para guardar todo el hogar.</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+23"/>
        <source>Problems on this page: %n. Each is shown beside its field.</source>
        <translation>
            <numerusform>Problemas en esta página: %n. Cada uno aparece junto a su campo.</numerusform>
            <numerusform>Problemas en esta página: %n. Cada uno aparece junto a su campo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>That client is no longer on this laptop; search again.</source>
        <translation>Ese cliente ya no está en esta portátil; busque de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Using the known client&apos;s record. Check their answers, then press Next.</source>
        <translation>Se usa el registro del cliente conocido. Revise sus respuestas y pulse Siguiente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go on to the review page to save the intake.</source>
        <translation>Siga a la página de revisión para guardar la admisión.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../ui/admin/user_dialogs.py" line="-94"/>
        <source>New user</source>
        <translation>Usuario nuevo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At least 12 characters, not a common or easily guessed password; a few unrelated words work well.</source>
        <translation>Al menos 12 caracteres, que no sea una contraseña común o fácil de adivinar; unas cuantas palabras sin relación funcionan bien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Username</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Apellido</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+4"/>
        <source>&amp;Create user</source>
        <translation>C&amp;rear usuario</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A username is one word of at most 100 characters.</source>
        <translation>Un nombre de usuario es una sola palabra de 100 caracteres como máximo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the first name (at most 50 characters).</source>
        <translation>Escriba el nombre (50 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the last name (at most 50 characters).</source>
        <translation>Escriba el apellido (50 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Security training must be valid today or later; staff cannot sign in once it has lapsed.</source>
        <translation>La capacitación de seguridad debe ser válida hoy o más adelante; el personal no puede iniciar sesión cuando ha caducado.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../ui/outreach_form.py" line="+38"/>
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
        <location line="+5"/>
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
        <location line="+30"/>
        <source>%1, since %2</source>
        <translation>%1, desde %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no street outreach project on this laptop. Sign in while connected (or sync) to copy your agency&apos;s projects.</source>
        <translation>No hay ningún proyecto de alcance en la calle en esta portátil. Inicie sesión con conexión (o sincronice) para copiar los proyectos de su agencia.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enrolled. Now record the contact.</source>
        <translation>Inscrito. Ahora registre el contacto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enroll the client in a street outreach project first.</source>
        <translation>Primero inscriba al cliente en un proyecto de alcance en la calle.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The contact was not saved; see the notes beside the fields.</source>
        <translation>El contacto no se guardó; vea las notas junto a los campos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contact saved on this laptop; it will be sent at the next sync.</source>
        <translation>Contacto guardado en esta portátil; se enviará en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>PartRows</name>
    <message>
        <location filename="../../ui/assessment_form.py" line="-85"/>
        <source>No rows yet.</source>
        <translation>Todavía no hay filas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Question order must be a whole number of zero or more.</source>
        <translation>El orden de la pregunta debe ser un número entero igual o mayor que cero.</translation>
    </message>
</context>
<context>
    <name>PrioritizationScreen</name>
    <message>
        <location filename="../../ui/prioritization_model.py" line="+20"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location filename="../../ui/prioritization_screen.py" line="+44"/>
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
        <location line="+3"/>
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
        <location line="+0"/>
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
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal ID</source>
        <translation>ID personal</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+2"/>
        <source>The list could not be written there, and nothing was saved. Choose a folder you can write to.</source>
        <translation>No se pudo guardar la lista ahí, y no se guardó nada. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every status</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../ui/prioritization_screen.py" line="-13"/>
        <location line="+100"/>
        <source>Prioritization list</source>
        <translation>Lista de priorización</translation>
    </message>
    <message>
        <location line="-97"/>
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
        <location line="+42"/>
        <source>Reading the coordinated entry records on this laptop…</source>
        <translation>Leyendo los registros de entrada coordinada de esta computadora…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The list could not be made. Try again; if it keeps happening, tell your HMIS Admin.</source>
        <translation>No se pudo preparar la lista. Inténtelo de nuevo; si sigue pasando, avise a su administrador de HMIS.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This laptop does not know its CAN yet. Sign in once with a connection so it learns the CAN&apos;s coordinated entry projects.</source>
        <translation>Esta computadora aún no conoce su CAN. Inicie sesión una vez con conexión para que aprenda los proyectos de entrada coordinada de la CAN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prioritization list of the %1 CAN</source>
        <translation>Lista de priorización de la CAN %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made from the records on this laptop. What others recorded since the last sync is not in it.</source>
        <translation>Hecha con los registros de esta computadora. Lo que otros registraron desde la última sincronización no aparece.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Showing %1 of %2 people.</source>
        <translation>Se muestran %1 de %2 personas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the prioritization list</source>
        <translation>Exportar la lista de priorización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 people written to %2.</source>
        <translation>%1 personas guardadas en %2.</translation>
    </message>
</context>
<context>
    <name>QualityScreen</name>
    <message>
        <location filename="../../ui/admin/quality_screen.py" line="+51"/>
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
        <location line="+6"/>
        <source>Data quality by element</source>
        <translation>Calidad de los datos por elemento</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+44"/>
        <source>Checking every record on this laptop…</source>
        <translation>Revisando cada registro de esta portátil…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report made for %1.</source>
        <translation>Informe hecho para %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Records checked: %n.</source>
        <translation>
            <numerusform>Registros revisados: %n.</numerusform>
            <numerusform>Registros revisados: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
        <location filename="../../ui/record_dialog.py" line="+44"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ReferralResultForm</name>
    <message>
        <location filename="../../ui/event_form.py" line="+40"/>
        <source>Referral result</source>
        <translation>Resultado de la derivación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result of the referral of %1: %2</source>
        <translation>Resultado de la derivación del %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save result</source>
        <translation>&amp;Guardar resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The result was not saved: fix the answers marked above.</source>
        <translation>No se guardó el resultado: corrija las respuestas marcadas arriba.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the referral&apos;s result first.</source>
        <translation>Elija primero el resultado de la derivación.</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <location filename="../../ui/service_form.py" line="+29"/>
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
        <location filename="../../ui/set_up_page.py" line="+28"/>
        <source>Set up this device</source>
        <translation>Configurar este dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Security Coordinator gives you the server&apos;s address and a one-time enrollment code. Your username and password are your HMIS ones.</source>
        <translation>Su coordinador de seguridad le da la dirección del servidor y un código de inscripción de un solo uso. Su nombre de usuario y contraseña son los de HMIS.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>only if your agency gave you one</source>
        <translation>solo si su agencia le dio uno</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Set up this device</source>
        <translation>&amp;Configurar este dispositivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server &amp;address</source>
        <translation>&amp;Dirección del servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enrollment &amp;code</source>
        <translation>Código de &amp;inscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device &amp;name</source>
        <translation>&amp;Nombre del dispositivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server key p&amp;in</source>
        <translation>&amp;Huella de la clave del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Username</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Password</source>
        <translation>C&amp;ontraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password a&amp;gain</source>
        <translation>&amp;Repita la contraseña</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+14"/>
        <source>Setting up this device…</source>
        <translation>Configurando este dispositivo…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The device could not be set up; nothing was changed. Try again.</source>
        <translation>No se pudo configurar el dispositivo; no se cambió nada. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ui/shell.py" line="+36"/>
        <location line="+39"/>
        <location line="+5"/>
        <location line="+66"/>
        <source>HMIS Intake</source>
        <translation>HMIS Intake</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+89"/>
        <source>This device was wiped by your agency. Set it up again to use it.</source>
        <translation>Su agencia borró este dispositivo. Configúrelo de nuevo para usarlo.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>You are signed out.</source>
        <translation>Cerró la sesión.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your session has ended after the hours your agency allows. Sign in again; your work is kept.</source>
        <translation>Su sesión terminó tras las horas que permite su agencia. Inicie sesión de nuevo; su trabajo se conserva.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../ui/refusals.py" line="+15"/>
        <source>The username, password or code is not right.</source>
        <translation>El nombre de usuario, la contraseña o el código no son correctos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your first sign-in on this device needs a connection to the server.</source>
        <translation>Su primer inicio de sesión en este dispositivo necesita conexión con el servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your HMIS security training has lapsed. Renew it, then ask your Security Coordinator to update your record.</source>
        <translation>Su capacitación de seguridad de HMIS ha vencido. Renuévela y pida a su Coordinador de Seguridad que actualice su registro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account is disabled. Ask your Security Coordinator.</source>
        <translation>Esta cuenta está desactivada. Consulte a su Coordinador de Seguridad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server no longer accepts this device (it has been revoked). Ask your Security Coordinator.</source>
        <translation>El servidor ya no acepta este dispositivo (ha sido revocado). Consulte a su Coordinador de Seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many failed sign-ins: this device&apos;s sign-in keys have been destroyed and its data can no longer be opened. Ask your Security Coordinator to set the device up again.</source>
        <translation>Demasiados intentos fallidos: las claves de inicio de sesión de este dispositivo se han destruido y sus datos ya no se pueden abrir. Pida a su Coordinador de Seguridad que vuelva a configurar el dispositivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device is not set up yet. Set it up with a code from your Security Coordinator.</source>
        <translation>Este dispositivo aún no está configurado. Configúrelo con un código de su Coordinador de Seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session has ended. Sign in again with your password and a new code.</source>
        <translation>Su sesión ha terminado. Inicie sesión de nuevo con su contraseña y un código nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../../ui/sign_in_page.py" line="+54"/>
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
        <location line="+33"/>
        <source>6 digits, or the first time the set-up code you were given</source>
        <translation>6 dígitos o, la primera vez, el código de configuración que le dieron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 digits</source>
        <translation>6 dígitos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window was locked after a while without use. Your work is kept. Enter your password to go on.</source>
        <translation>La ventana se bloqueó tras un tiempo sin uso. Su trabajo se conserva. Escriba su contraseña para seguir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set up your authenticator</source>
        <translation>Configure su autenticador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan this code with your authenticator app (or type the key below into it), then enter the 6-digit code it shows.</source>
        <translation>Escanee este código con su aplicación de autenticación (o escriba en ella la clave de abajo) y luego escriba el código de 6 dígitos que muestra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter your username.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the 6-digit code from your authenticator app. The first time, enter the set-up code your Security Coordinator gave you.</source>
        <translation>Escriba el código de 6 dígitos de su aplicación de autenticación. La primera vez, escriba el código de configuración que le dio su Coordinador de Seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Escriba el código de 6 dígitos de su aplicación de autenticación.</translation>
    </message>
    <message>
        <location line="+22"/>
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
    <name>Sync</name>
    <message>
        <location filename="../../ui/sync_words.py" line="+18"/>
        <source>The sync did not finish. Your changes are kept on this laptop and will be sent next time.</source>
        <translation>La sincronización no terminó. Sus cambios se guardan en esta computadora y se enviarán la próxima vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server can&apos;t be reached. Your changes are kept on this laptop and will be sent when the connection is back.</source>
        <translation>No se puede conectar con el servidor. Sus cambios se guardan en esta computadora y se enviarán cuando vuelva la conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer from the server was not understood (on public Wi-Fi, open a web page and sign in to the network first). Nothing was changed; the sync will try again.</source>
        <translation>No se entendió la respuesta del servidor (en una red Wi-Fi pública, abra primero una página web e inicie sesión en la red). No se cambió nada; la sincronización lo intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem and could not take the changes now. The sync will try again.</source>
        <translation>El servidor tuvo un problema y no pudo recibir los cambios ahora. La sincronización lo intentará de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted, so nothing was sent. Check the server address, or tell your Security Coordinator.</source>
        <translation>El certificado del servidor no es de confianza, así que no se envió nada. Compruebe la dirección del servidor o avise a su Coordinador de Seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s key does not match the one this device was set up with, so nothing was sent. Do not continue; tell your Security Coordinator.</source>
        <translation>La clave del servidor no coincide con la que se usó al configurar este dispositivo, así que no se envió nada. No continúe; avise a su Coordinador de Seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in required: sign in while online to sync.</source>
        <translation>Se requiere iniciar sesión: inicie sesión con conexión para sincronizar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this device. Tell your Security Coordinator.</source>
        <translation>El servidor rechazó este dispositivo. Avise a su Coordinador de Seguridad.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+6"/>
        <source>Sync complete. Changes sent: %1; received: %2.</source>
        <translation>Sincronización completa. Cambios enviados: %1; recibidos: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for a decision: %1.</source>
        <translation>Pendientes de una decisión: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused by the server (kept, with the reason): %1.</source>
        <translation>Rechazados por el servidor (se conservan, con el motivo): %1.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/sync_status.py" line="+50"/>
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
        <location line="+3"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+39"/>
        <source>The sync did not finish. Your changes are kept on this laptop and will be sent next time.</source>
        <translation>La sincronización no terminó. Sus cambios se guardan en esta computadora portátil y se enviarán la próxima vez.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../ui/admin/user_dialogs.py" line="+14"/>
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
        <location filename="../../ui/admin/users_screen.py" line="-2"/>
        <source>Users of your agency</source>
        <translation>Usuarios de su agencia</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+2"/>
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
        <location line="+37"/>
        <source>Users: %n.</source>
        <translation>
            <numerusform>Usuarios: %n.</numerusform>
            <numerusform>Usuarios: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the users…</source>
        <translation>Cargando los usuarios…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <location line="+13"/>
        <source>Choose a user in the list first.</source>
        <translation>Primero elija un usuario de la lista.</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+44"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 was added. Give them the set-up code shown, for their first sign-in.</source>
        <translation>Se agregó a %1. Entréguele el código de configuración que se muestra, para su primer inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 was added. They set up their authenticator from the code shown.</source>
        <translation type="vanished">Se agregó a %1. Configura su autenticador con el código que se muestra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the user…</source>
        <translation>Creando el usuario…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The authenticator of %1 was reset and their sessions ended.</source>
        <translation>Se restableció el autenticador de %1 y se cerraron sus sesiones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resetting the authenticator…</source>
        <translation>Restableciendo el autenticador…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The training date of %1 is saved.</source>
        <translation>Se guardó la fecha de capacitación de %1.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/pages.py" line="+76"/>
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
        <location filename="../../ui/workspace.py" line="+36"/>
        <source>Prioritization list</source>
        <translation>Lista de priorización</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+40"/>
        <source>HMIS Intake</source>
        <translation>HMIS Intake</translation>
    </message>
</context>
<context>
    <name>_ReviewScreen</name>
    <message>
        <location filename="../../ui/review_screens.py" line="-117"/>
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
