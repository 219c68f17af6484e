<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Interrupted actions</source>
        <translation>Acciones interrumpidas</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Number, operation, outcome, profile…</source>
        <translation>Número, operación, resultado, perfil…</translation>
    </message>
    <message>
        <source>Filter activity records</source>
        <translation>Filtrar los registros de actividad</translation>
    </message>
    <message>
        <source>Filter activity</source>
        <translation>Filtrar la actividad</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Reload the activity records</source>
        <translation>Volver a cargar los registros de actividad</translation>
    </message>
    <message>
        <source>Activity records</source>
        <translation>Registros de actividad</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the activity records as CSV</source>
        <translation>Exportar los registros de actividad como CSV</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Export the activity records as JSON</source>
        <translation>Exportar los registros de actividad como JSON</translation>
    </message>
</context>
<context>
    <name>CallbackConfigDialog</name>
    <message>
        <source>Callback Signing Secret</source>
        <translation>Secreto de firma de devoluciones de llamada</translation>
    </message>
    <message>
        <source>Callback signing secret</source>
        <translation>Secreto de firma de devoluciones de llamada</translation>
    </message>
    <message>
        <source>Sinch signs every number event it sends to your callback URLs with this secret (HMAC-SHA1, header X-Sinch-Signature). Callback URLs themselves are set per number.</source>
        <translation>Sinch firma con este secreto cada evento de número que envía a sus URL de devolución de llamada (HMAC-SHA1, cabecera X-Sinch-Signature). Las URL de devolución de llamada se configuran en cada número.</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Proyecto:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secreto:</translation>
    </message>
    <message>
        <source>HMAC signing secret</source>
        <translation>Secreto de firma HMAC</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Mostrar el secreto</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>Generate a new random secret</source>
        <translation>Generar un nuevo secreto aleatorio</translation>
    </message>
    <message>
        <source>Secret problem</source>
        <translation>Problema con el secreto</translation>
    </message>
    <message>
        <source>Changing the secret takes effect at once: every receiver that still checks signatures with the old secret will reject events until it is updated.</source>
        <translation>El cambio de secreto surte efecto de inmediato: todo receptor que siga comprobando las firmas con el secreto anterior rechazará los eventos hasta que se actualice.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Stop the request in progress</source>
        <translation>Detener la solicitud en curso</translation>
    </message>
    <message>
        <source>About the callback signing secret</source>
        <translation>Acerca del secreto de firma de la devolución de llamada</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NumberDesk</source>
        <translation>NumberDesk</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>&amp;Regions offering</source>
        <translation>&amp;Regiones que ofrecen</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Show regions that offer mobile numbers</source>
        <translation>Mostrar las regiones que ofrecen números móviles</translation>
    </message>
    <message>
        <source>Show regions with mobile numbers</source>
        <translation>Mostrar regiones con números móviles</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Show regions that offer local (geographic) numbers</source>
        <translation>Mostrar las regiones que ofrecen números locales (geográficos)</translation>
    </message>
    <message>
        <source>Show regions with local numbers</source>
        <translation>Mostrar regiones con números locales</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>Show regions that offer toll-free numbers</source>
        <translation>Mostrar las regiones que ofrecen números gratuitos</translation>
    </message>
    <message>
        <source>Show regions with toll-free numbers</source>
        <translation>Mostrar regiones con números gratuitos</translation>
    </message>
    <message>
        <source>Region list</source>
        <translation>Lista de regiones</translation>
    </message>
    <message>
        <source>Choose a region to search its available numbers</source>
        <translation>Elija una región para buscar sus números disponibles</translation>
    </message>
    <message>
        <source>Number views</source>
        <translation>Vistas de números</translation>
    </message>
    <message>
        <source>A&amp;vailable numbers</source>
        <translation>Números &amp;disponibles</translation>
    </message>
    <message>
        <source>Search the inventory</source>
        <translation>Buscar en el inventario</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Choose a region on the left</source>
        <translation>Elija una región a la izquierda</translation>
    </message>
    <message>
        <source>Region searched</source>
        <translation>Región buscada</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Number type</source>
        <translation>Tipo de número</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>&amp;Dígitos:</translation>
    </message>
    <message>
        <source>Where the digits are</source>
        <translation>Posición de los dígitos</translation>
    </message>
    <message>
        <source>Digit pattern</source>
        <translation>Patrón de dígitos</translation>
    </message>
    <message>
        <source>e.g. 555 or +1206</source>
        <translation>p. ej. 555 o +1206</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Como máximo:</translation>
    </message>
    <message>
        <source>Maximum number of results</source>
        <translation>Número máximo de resultados</translation>
    </message>
    <message>
        <source> numbers</source>
        <translation> números</translation>
    </message>
    <message>
        <source>Must support:</source>
        <translation>Debe admitir:</translation>
    </message>
    <message>
        <source>S&amp;MS</source>
        <translation>S&amp;MS</translation>
    </message>
    <message>
        <source>Must support SMS</source>
        <translation>Debe admitir SMS</translation>
    </message>
    <message>
        <source>Voi&amp;ce</source>
        <translation>&amp;Voz</translation>
    </message>
    <message>
        <source>Must support voice</source>
        <translation>Debe admitir voz</translation>
    </message>
    <message>
        <source>Rent any…</source>
        <translation>Alquilar cualquiera…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Available numbers</source>
        <translation>Números disponibles</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>Activar…</translation>
    </message>
    <message>
        <source>Ac&amp;tive numbers</source>
        <translation>Números ac&amp;tivos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Números</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Find Numbers…</source>
        <translation>&amp;Buscar números…</translation>
    </message>
    <message>
        <source>Go to the search form</source>
        <translation>Ir al formulario de búsqueda</translation>
    </message>
    <message>
        <source>Search the available numbers of the chosen region</source>
        <translation>Buscar los números disponibles de la región elegida</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Reload regions, search results and active numbers</source>
        <translation>Volver a cargar regiones, resultados de búsqueda y números activos</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>A&amp;ctivar…</translation>
    </message>
    <message>
        <source>Rent the selected available number (asks for confirmation first)</source>
        <translation>Alquilar el número disponible seleccionado (pide confirmación antes)</translation>
    </message>
    <message>
        <source>Rent &amp;Any Matching Number…</source>
        <translation>Alquilar cualquier número &amp;coincidente…</translation>
    </message>
    <message>
        <source>Rent any number matching the search (US local numbers only; asks for confirmation first)</source>
        <translation>Alquilar cualquier número que coincida con la búsqueda (solo números locales de EE. UU.; pide confirmación antes)</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>Show and edit the selected active number</source>
        <translation>Ver y editar el número activo seleccionado</translation>
    </message>
    <message>
        <source>R&amp;elease…</source>
        <translation>&amp;Liberar…</translation>
    </message>
    <message>
        <source>Release the selected active numbers (asks for confirmation first)</source>
        <translation>Liberar los números activos seleccionados (pide confirmación antes)</translation>
    </message>
    <message>
        <source>&amp;Copy Numbers</source>
        <translation>&amp;Copiar números</translation>
    </message>
    <message>
        <source>Copy the selected numbers in E.164 format, one per line</source>
        <translation>Copiar los números seleccionados en formato E.164, uno por línea</translation>
    </message>
    <message>
        <source>&amp;Callback Configuration…</source>
        <translation>Configuración de devolución de &amp;llamada…</translation>
    </message>
    <message>
        <source>View or change the secret that signs number events</source>
        <translation>Ver o cambiar el secreto que firma los eventos de número</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Manage connection profiles and credentials</source>
        <translation>Gestionar perfiles de conexión y credenciales</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About NumberDesk</source>
        <translation>&amp;Acerca de NumberDesk</translation>
    </message>
    <message>
        <source>Number of regions shown</source>
        <translation>Número de regiones mostradas</translation>
    </message>
    <message>
        <source>Rent any matching number</source>
        <translation>Alquilar cualquier número coincidente</translation>
    </message>
    <message>
        <source>Lets Sinch choose and rent a number that matches the search; asks for confirmation first</source>
        <translation>Deja que Sinch elija y alquile un número que coincida con la búsqueda; pide confirmación antes</translation>
    </message>
    <message>
        <source>Search available numbers</source>
        <translation>Buscar números disponibles</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Rent the selected number</source>
        <translation>Alquilar el número seleccionado</translation>
    </message>
    <message>
        <source>Opens the rent dialog for the selected available number; nothing is billed before you confirm</source>
        <translation>Abre el diálogo de alquiler del número disponible seleccionado; no se factura nada antes de que confirme</translation>
    </message>
</context>
<context>
    <name>NumberDetailsDialog</name>
    <message>
        <source>Number Details</source>
        <translation>Detalles del número</translation>
    </message>
    <message>
        <source>Number details</source>
        <translation>Detalles del número</translation>
    </message>
    <message>
        <source>Number details sections</source>
        <translation>Secciones de los detalles del número</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>A name your team recognises</source>
        <translation>Un nombre que su equipo reconozca</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Type and capabilities</source>
        <translation>Tipo y funciones</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Precio:</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Cuota periódica</translation>
    </message>
    <message>
        <source>Next charge:</source>
        <translation>Próximo cargo:</translation>
    </message>
    <message>
        <source>Next charge date</source>
        <translation>Fecha del próximo cargo</translation>
    </message>
    <message>
        <source>Release:</source>
        <translation>Liberación:</translation>
    </message>
    <message>
        <source>Release status</source>
        <translation>Estado de la liberación</translation>
    </message>
    <message>
        <source>Provisioning:</source>
        <translation>Aprovisionamiento:</translation>
    </message>
    <message>
        <source>Provisioning state</source>
        <translation>Estado del aprovisionamiento</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Reload the number from the server</source>
        <translation>Volver a cargar el número desde el servidor</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>What saving will do</source>
        <translation>Qué hará el guardado</translation>
    </message>
    <message>
        <source>&amp;Emergency Address</source>
        <translation>Dirección de &amp;emergencia</translation>
    </message>
    <message>
        <source>Provisioned emergency address</source>
        <translation>Dirección de emergencia aprovisionada</translation>
    </message>
    <message>
        <source>Name &amp;shown to dispatch:</source>
        <translation>Nombre para el &amp;centro de emergencias:</translation>
    </message>
    <message>
        <source>Name shown to emergency dispatch</source>
        <translation>Nombre que ve el centro de emergencias</translation>
    </message>
    <message>
        <source>Street n&amp;umber:</source>
        <translation>N&amp;úmero de la calle:</translation>
    </message>
    <message>
        <source>Street number</source>
        <translation>Número de la calle</translation>
    </message>
    <message>
        <source>Str&amp;eet:</source>
        <translation>C&amp;alle:</translation>
    </message>
    <message>
        <source>Street name</source>
        <translation>Nombre de la calle</translation>
    </message>
    <message>
        <source>&amp;Location (optional):</source>
        <translation>&amp;Ubicación (opcional):</translation>
    </message>
    <message>
        <source>Location, such as suite or floor</source>
        <translation>Ubicación, como oficina o planta</translation>
    </message>
    <message>
        <source>Suite, floor, building…</source>
        <translation>Oficina, planta, edificio…</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>Ciu&amp;dad:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Two letters, e.g. WA</source>
        <translation>Dos letras, p. ej. WA</translation>
    </message>
    <message>
        <source>&amp;ZIP code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>ZIP+&amp;4 (optional):</source>
        <translation>ZIP+&amp;4 (opcional):</translation>
    </message>
    <message>
        <source>ZIP plus four</source>
        <translation>ZIP más cuatro</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problema con la dirección</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validar</translation>
    </message>
    <message>
        <source>Validate the address</source>
        <translation>Validar la dirección</translation>
    </message>
    <message>
        <source>&amp;Provision…</source>
        <translation>&amp;Aprovisionar…</translation>
    </message>
    <message>
        <source>Provision this emergency address</source>
        <translation>Aprovisionar esta dirección de emergencia</translation>
    </message>
    <message>
        <source>&amp;Deprovision…</source>
        <translation>&amp;Desaprovisionar…</translation>
    </message>
    <message>
        <source>Remove the emergency address</source>
        <translation>Quitar la dirección de emergencia</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>Rec&amp;argar</translation>
    </message>
    <message>
        <source>Reload the emergency address</source>
        <translation>Volver a cargar la dirección de emergencia</translation>
    </message>
    <message>
        <source>Validation result</source>
        <translation>Resultado de la validación</translation>
    </message>
    <message>
        <source>Use &amp;corrected address</source>
        <translation>Usar la dirección &amp;corregida</translation>
    </message>
    <message>
        <source>Use corrected address</source>
        <translation>Usar la dirección corregida</translation>
    </message>
    <message>
        <source>Suggested &amp;addresses:</source>
        <translation>Direcciones &amp;sugeridas:</translation>
    </message>
    <message>
        <source>Suggested addresses</source>
        <translation>Direcciones sugeridas</translation>
    </message>
    <message>
        <source>Use &amp;selected address</source>
        <translation>Usar la dirección &amp;seleccionada</translation>
    </message>
    <message>
        <source>Use selected suggested address</source>
        <translation>Usar la dirección sugerida seleccionada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Stop the request in progress</source>
        <translation>Detener la solicitud en curso</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message numerus="yes">
        <source>%1 of %n region(s) shown: those offering the checked types</source>
        <translation>
            <numerusform>%1 de %n región mostrada: las que ofrecen los tipos marcados</numerusform>
            <numerusform>%1 de %n regiones mostradas: las que ofrecen los tipos marcados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Mostrar detalles…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ocultar detalles…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Guardar todo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sí a &amp;todo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o a todo</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrumpir</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar la dirección del &amp;enlace</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release Numbers</source>
        <translation>Liberar números</translation>
    </message>
    <message>
        <source>Release numbers</source>
        <translation>Liberar números</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Qué va a ocurrir</translation>
    </message>
    <message>
        <source>Numbers to release</source>
        <translation>Números que se liberarán</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Charges that stop</source>
        <translation>Cargos que dejan de aplicarse</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Number of numbers to release, typed to confirm</source>
        <translation>Cantidad de números que se liberarán, escrita para confirmar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Release progress</source>
        <translation>Progreso de la liberación</translation>
    </message>
</context>
<context>
    <name>RentDialog</name>
    <message>
        <source>Rent Number</source>
        <translation>Alquilar número</translation>
    </message>
    <message>
        <source>Rent number</source>
        <translation>Alquilar número</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Type and capabilities:</source>
        <translation>Tipo y funciones:</translation>
    </message>
    <message>
        <source>Type and capabilities</source>
        <translation>Tipo y funciones</translation>
    </message>
    <message>
        <source>Setup fee (once):</source>
        <translation>Cuota de alta (única):</translation>
    </message>
    <message>
        <source>Setup fee</source>
        <translation>Cuota de alta</translation>
    </message>
    <message>
        <source>Recurring price:</source>
        <translation>Precio recurrente:</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Cuota periódica</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Stop the request in progress</source>
        <translation>Detener la solicitud en curso</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>Perfiles de conexión</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Perfiles de conexión</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Perfiles:</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Añadir un perfil</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>Quitar el perfil seleccionado</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile talks to the emulator inside NumberDesk. It cannot be edited or removed, and it never costs money.</source>
        <translation>El perfil integrado Sandbox se comunica con el emulador incluido en NumberDesk. No se puede editar ni quitar, y nunca cuesta dinero.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>ID de pro&amp;yecto:</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID de proyecto</translation>
    </message>
    <message>
        <source>&amp;Key ID:</source>
        <translation>ID de &amp;clave:</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de la clave de acceso</translation>
    </message>
    <message>
        <source>Key &amp;secret:</source>
        <translation>&amp;Secreto de la clave:</translation>
    </message>
    <message>
        <source>Access key secret</source>
        <translation>Secreto de la clave de acceso</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the key secret</source>
        <translation>Mostrar el secreto de la clave</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>A&amp;utenticación:</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Método de autenticación</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>N&amp;umbers API URL:</source>
        <translation>URL de la API de N&amp;umbers:</translation>
    </message>
    <message>
        <source>Numbers API URL</source>
        <translation>URL de la API de Numbers</translation>
    </message>
    <message>
        <source>Au&amp;th server URL:</source>
        <translation>URL del servidor de au&amp;tenticación:</translation>
    </message>
    <message>
        <source>Authentication server URL</source>
        <translation>URL del servidor de autenticación</translation>
    </message>
    <message>
        <source>Where the key secret is stored</source>
        <translation>Dónde se guarda el secreto de la clave</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>About the Sandbox profile</source>
        <translation>Acerca del perfil Sandbox</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>The language of NumberDesk and numberdesk-cli; applies after a restart</source>
        <translation>El idioma de NumberDesk y numberdesk-cli; se aplica tras reiniciar</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Nota sobre el idioma</translation>
    </message>
    <message>
        <source>Applies after restart</source>
        <translation>Se aplica tras reiniciar</translation>
    </message>
    <message>
        <source>Parallel s&amp;ync requests:</source>
        <translation>Peticiones de s&amp;incronización:</translation>
    </message>
    <message>
        <source>Requests in flight when syncing</source>
        <translation>Solicitudes simultáneas al sincronizar</translation>
    </message>
</context>
<context>
    <name>SmsVoiceConfigWidget</name>
    <message>
        <source>Number configuration</source>
        <translation>Configuración del número</translation>
    </message>
    <message>
        <source>&amp;SMS: link to a service plan</source>
        <translation>&amp;SMS: vincular a un plan de servicio</translation>
    </message>
    <message>
        <source>Link to an SMS service plan</source>
        <translation>Vincular a un plan de servicio SMS</translation>
    </message>
    <message>
        <source>Service &amp;plan ID:</source>
        <translation>ID del &amp;plan de servicio:</translation>
    </message>
    <message>
        <source>SMS service plan ID</source>
        <translation>ID del plan de servicio SMS</translation>
    </message>
    <message>
        <source>From the dashboard&apos;s SMS section</source>
        <translation>De la sección SMS del panel</translation>
    </message>
    <message>
        <source>10DLC &amp;campaign ID:</source>
        <translation>ID de &amp;campaña 10DLC:</translation>
    </message>
    <message>
        <source>10DLC campaign ID</source>
        <translation>ID de campaña 10DLC</translation>
    </message>
    <message>
        <source>Optional; US numbers need one for A2P traffic</source>
        <translation>Opcional; los números de EE. UU. necesitan uno para tráfico A2P</translation>
    </message>
    <message>
        <source>SMS configuration problem</source>
        <translation>Problema en la configuración SMS</translation>
    </message>
    <message>
        <source>&amp;Voice: route calls to</source>
        <translation>&amp;Voz: dirigir las llamadas a</translation>
    </message>
    <message>
        <source>Link to voice</source>
        <translation>Vincular a voz</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Voice target type</source>
        <translation>Tipo de destino de voz</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>&amp;ID de la aplicación:</translation>
    </message>
    <message>
        <source>Voice target ID</source>
        <translation>ID del destino de voz</translation>
    </message>
    <message>
        <source>Voice configuration problem</source>
        <translation>Problema en la configuración de voz</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>&amp;URL de devolución de llamada:</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de devolución de llamada</translation>
    </message>
    <message>
        <source>Optional: https://… receives provisioning events for this number</source>
        <translation>Opcional: https://… recibe los eventos de aprovisionamiento de este número</translation>
    </message>
    <message>
        <source>Callback URL problem</source>
        <translation>Problema con la URL de devolución de llamada</translation>
    </message>
</context>
<context>
    <name>nd::ActionCall</name>
    <message>
        <source>The API client is no longer available.</source>
        <translation>El cliente de la API ya no está disponible.</translation>
    </message>
    <message>
        <source>Nothing was sent: the connection is gone.</source>
        <translation>No se envió nada: la conexión ya no existe.</translation>
    </message>
    <message>
        <source>Nothing was sent: there is nothing to change.</source>
        <translation>No se envió nada: no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>The activity log cannot be written. Nothing was sent.</source>
        <translation>No se puede escribir el registro de actividad. No se envió nada.</translation>
    </message>
    <message>
        <source>Cancelled before the rental was sent: nothing was rented.</source>
        <translation>Cancelado antes de enviar el alquiler: no se alquiló nada.</translation>
    </message>
    <message>
        <source>Nothing was rented: your current numbers could not be listed first (%1). Renting without that list would make a lost answer impossible to check. You can try again.</source>
        <translation>No se alquiló nada: no se pudieron listar antes sus números actuales (%1). Sin esa lista, una respuesta perdida no se podría comprobar. Puede intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelado: %1</translation>
    </message>
    <message>
        <source>Cancelled before the request was sent: nothing was changed.</source>
        <translation>Cancelado antes de enviar la solicitud: no se cambió nada.</translation>
    </message>
    <message>
        <source>Rented %1.</source>
        <translation>%1 alquilado.</translation>
    </message>
    <message>
        <source>%1 was already being released (until %2): nothing changed.</source>
        <translation>%1 ya se estaba liberando (hasta el %2): no cambió nada.</translation>
    </message>
    <message>
        <source>Released %1: it stays yours until %2, then it goes back to the inventory.</source>
        <translation>%1 liberado: sigue siendo suyo hasta el %2 y después vuelve al inventario.</translation>
    </message>
    <message>
        <source>Released %1.</source>
        <translation>%1 liberado.</translation>
    </message>
    <message>
        <source>Emergency address of %1 provisioned.</source>
        <translation>Dirección de emergencia de %1 aprovisionada.</translation>
    </message>
    <message>
        <source>Emergency address of %1 removed.</source>
        <translation>Dirección de emergencia de %1 quitada.</translation>
    </message>
    <message>
        <source>Callback HMAC secret updated.</source>
        <translation>Secreto HMAC de devolución de llamada actualizado.</translation>
    </message>
    <message>
        <source>Updated %1. Configuration changes take effect once provisioning completes.</source>
        <translation>%1 actualizado. Los cambios de configuración surten efecto cuando termina el aprovisionamiento.</translation>
    </message>
    <message>
        <source>%1 (The answer was unclear (%2); reading the number back showed the change.)</source>
        <translation>%1 (La respuesta no era clara (%2); la relectura del número mostró el cambio.)</translation>
    </message>
    <message numerus="yes">
        <source>Not done: the server refused %n request(s) because of its rate limit (HTTP 429). Nothing was changed; you can try again later.</source>
        <translation>
            <numerusform>No realizado: el servidor rechazó %n solicitud por su límite de frecuencia (HTTP 429). No se cambió nada; puede intentarlo más tarde.</numerusform>
            <numerusform>No realizado: el servidor rechazó %n solicitudes por su límite de frecuencia (HTTP 429). No se cambió nada; puede intentarlo más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer one of your active numbers (released or removed by someone else): there is nothing to release.</source>
        <translation>%1 ya no es uno de sus números activos (otra persona lo liberó o lo quitó): no hay nada que liberar.</translation>
    </message>
    <message>
        <source>%1 has no emergency address: there was nothing to remove.</source>
        <translation>%1 no tiene dirección de emergencia: no había nada que quitar.</translation>
    </message>
    <message>
        <source>Not done: %1 Nothing was changed.</source>
        <translation>No realizado: %1 No se cambió nada.</translation>
    </message>
    <message>
        <source>Not done: %1 %2</source>
        <translation>No realizado: %1 %2</translation>
    </message>
    <message>
        <source>Step %1 of %2 (%3) was saved, the rest was not (%4). Saving again sends only what is missing.</source>
        <translation>El paso %1 de %2 (%3) se guardó, el resto no (%4). Si vuelve a guardar, solo se envía lo que falta.</translation>
    </message>
    <message>
        <source>the earlier outcome was unknown</source>
        <translation>el resultado anterior era desconocido</translation>
    </message>
    <message>
        <source>it was cancelled after the request was sent</source>
        <translation>se canceló después de enviar la solicitud</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>el servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>the connection was closed before the answer arrived</source>
        <translation>la conexión se cerró antes de que llegara la respuesta</translation>
    </message>
    <message>
        <source>the server answered with an error (HTTP %1)</source>
        <translation>el servidor respondió con un error (HTTP %1)</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and checking the number failed too (%2). Check the Active numbers list for %3 before trying again.</source>
        <translation>Resultado desconocido: %1, y la comprobación del número también falló (%2). Busque %3 en la lista de números activos antes de reintentar.</translation>
    </message>
    <message>
        <source>%1 is already one of your active numbers, but not because of this request: the rent was refused as &quot;not available&quot; because someone else (another user or program of this project) rented it first. Nothing was charged for this request. Do not rent it again.</source>
        <translation>%1 ya es uno de sus números activos, pero no por esta solicitud: el alquiler se rechazó como «no disponible» porque otra persona (otro usuario o programa de este proyecto) lo alquiló primero. No se cobró nada por esta solicitud. No lo vuelva a alquilar.</translation>
    </message>
    <message>
        <source>Rented %1: %2, but the number is now one of your active numbers. Do not rent it again.</source>
        <translation>%1 alquilado: %2, pero el número ya es uno de sus números activos. No lo vuelva a alquilar.</translation>
    </message>
    <message>
        <source>%1 was NOT rented: %2</source>
        <translation>%1 NO se alquiló: %2</translation>
    </message>
    <message>
        <source>%1 was NOT rented: it is no longer available (someone else may have taken it).</source>
        <translation>%1 NO se alquiló: ya no está disponible (puede que otra persona lo haya tomado).</translation>
    </message>
    <message>
        <source>%1 was NOT rented: %2, and the number is still available, so the rental did not take effect. You can try again.</source>
        <translation>%1 NO se alquiló: %2, y el número sigue disponible, así que el alquiler no surtió efecto. Puede intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>%1 was NOT rented: it is not one of your numbers and is no longer available (someone else took it).</source>
        <translation>%1 NO se alquiló: no es uno de sus números y ya no está disponible (otra persona lo tomó).</translation>
    </message>
    <message>
        <source>The outcome of a rent-any cannot be checked again later: look for a %1 number you did not expect in the Active numbers list.</source>
        <translation>El resultado de un alquiler de cualquiera no se puede volver a comprobar más tarde: busque un número %1 inesperado en la lista de números activos.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and listing your numbers to check failed too (%2). Check the Active numbers list (%3) for a number you did not expect before trying again.</source>
        <translation>Resultado desconocido: %1, y el listado de sus números para comprobarlo también falló (%2). Busque un número inesperado en la lista de números activos (%3) antes de reintentar.</translation>
    </message>
    <message>
        <source>Nothing was rented: %1, and no new %2 number appeared in your active numbers. You can try again.</source>
        <translation>No se alquiló nada: %1, y no apareció ningún número %2 nuevo en sus números activos. Puede intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Rented %1: %2, but this new number appeared in your active numbers. Do not rent again.</source>
        <translation>%1 alquilado: %2, pero este número nuevo apareció en sus números activos. No vuelva a alquilar.</translation>
    </message>
    <message numerus="yes">
        <source>WARNING: %n new numbers appeared in your active numbers (%1): more than one number may have been rented (a double rental), or someone else rented at the same time. Review them and release the ones you do not want.</source>
        <translation>
            <numerusform>ADVERTENCIA: ha aparecido %n número nuevo en sus números activos (%1): puede que se haya alquilado más de un número (alquiler doble) o que otra persona alquilara al mismo tiempo. Revíselos y libere los que no quiera.</numerusform>
            <numerusform>ADVERTENCIA: han aparecido %n números nuevos en sus números activos (%1): puede que se haya alquilado más de un número (alquiler doble) o que otra persona alquilara al mismo tiempo. Revíselos y libere los que no quiera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Released %1: %2, but the number now has an expiry date (%3): the release was registered. Do not release it again.</source>
        <translation>%1 liberado: %2, pero el número tiene ahora fecha de vencimiento (%3): la liberación se registró. No lo vuelva a liberar.</translation>
    </message>
    <message>
        <source>%1 was NOT released: %2, and the number is still active with no expiry date. You can try again.</source>
        <translation>%1 NO se liberó: %2, y el número sigue activo y sin fecha de vencimiento. Puede intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is no longer one of your active numbers: it is already gone.</source>
        <translation>%1 ya no es uno de sus números activos: ya no está.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and checking the number failed too (%2). Check whether %3 shows an expiry date before trying again.</source>
        <translation>Resultado desconocido: %1, y la comprobación del número también falló (%2). Compruebe si %3 muestra fecha de vencimiento antes de reintentar.</translation>
    </message>
    <message>
        <source>%1 was NOT updated: it is no longer one of your active numbers.</source>
        <translation>%1 NO se actualizó: ya no es uno de sus números activos.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and reading the number back failed too (%2). Check the settings of %3 before trying again.</source>
        <translation>Resultado desconocido: %1, y la relectura del número también falló (%2). Compruebe la configuración de %3 antes de reintentar.</translation>
    </message>
    <message>
        <source>%1 was NOT updated: %2, and the number does not show the requested %3. You can try again.</source>
        <translation>%1 NO se actualizó: %2, y el número no muestra lo pedido (%3). Puede intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>%1 shows only part of the update: save again to send what is missing.</source>
        <translation>%1 muestra solo parte de la actualización: guarde de nuevo para enviar lo que falta.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and reading the callback configuration back failed too (%2). Check it with &apos;callbacks get&apos; before trying again.</source>
        <translation>Resultado desconocido: %1, y la relectura de la configuración de devolución de llamada también falló (%2). Compruébela con «callbacks get» antes de reintentar.</translation>
    </message>
    <message>
        <source>Callback HMAC secret updated: %1, but the project now has the new secret.</source>
        <translation>Secreto HMAC de devolución de llamada actualizado: %1, pero el proyecto tiene ya el nuevo secreto.</translation>
    </message>
    <message>
        <source>The callback HMAC secret was NOT changed: %1, and the project still has a different secret. You can try again.</source>
        <translation>El secreto HMAC de devolución de llamada NO se cambió: %1, y el proyecto sigue teniendo otro secreto. Puede intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1, and reading the emergency address back failed too (%2). Check the emergency address of %3 before trying again.</source>
        <translation>Resultado desconocido: %1, y la relectura de la dirección de emergencia también falló (%2). Compruebe la dirección de emergencia de %3 antes de reintentar.</translation>
    </message>
    <message>
        <source>The emergency address of %1 was NOT changed: %2, and %1 is not one of your active numbers.</source>
        <translation>La dirección de emergencia de %1 NO se cambió: %2, y %1 no es uno de sus números activos.</translation>
    </message>
    <message>
        <source>Emergency address of %1 provisioned: %2, but the number now has the requested address.</source>
        <translation>Dirección de emergencia de %1 aprovisionada: %2, pero el número tiene ya la dirección pedida.</translation>
    </message>
    <message>
        <source>The emergency address of %1 was NOT changed: %2, and the number does not have the requested address. You can try again.</source>
        <translation>La dirección de emergencia de %1 NO se cambió: %2, y el número no tiene la dirección pedida. Puede intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Emergency address of %1 removed: %2, but the number now has no emergency address.</source>
        <translation>Dirección de emergencia de %1 quitada: %2, pero el número ya no tiene dirección de emergencia.</translation>
    </message>
    <message>
        <source>The emergency address of %1 was NOT removed: %2, and the number still has one. You can try again.</source>
        <translation>La dirección de emergencia de %1 NO se quitó: %2, y el número sigue teniendo una. Puede intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>The program stopped waiting for the answer: check the number before trying again.</source>
        <translation>El programa dejó de esperar la respuesta: compruebe el número antes de reintentar.</translation>
    </message>
</context>
<context>
    <name>nd::ActionKinds</name>
    <message>
        <source>Rent</source>
        <translation>Alquiler</translation>
    </message>
    <message>
        <source>Rent any</source>
        <translation>Alquiler de cualquiera</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberación</translation>
    </message>
    <message>
        <source>Provision emergency address</source>
        <translation>Aprovisionar dirección de emergencia</translation>
    </message>
    <message>
        <source>Deprovision emergency address</source>
        <translation>Desaprovisionar dirección de emergencia</translation>
    </message>
    <message>
        <source>Change callback secret</source>
        <translation>Cambiar el secreto de devolución de llamada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizada</translation>
    </message>
    <message>
        <source>Done by someone else</source>
        <translation>Realizada por otra persona</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
</context>
<context>
    <name>nd::ActiveNumberModel</name>
    <message>
        <source>Releasing on %1</source>
        <translation>Se libera el %1</translation>
    </message>
    <message>
        <source>The release is registered: the number stays yours until %1, then returns to the inventory.</source>
        <translation>La liberación está registrada: el número sigue siendo suyo hasta el %1 y después vuelve al inventario.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Cuota periódica</translation>
    </message>
    <message>
        <source>Next charge</source>
        <translation>Próximo cargo</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Aprovisionamiento</translation>
    </message>
</context>
<context>
    <name>nd::ActiveNumberWalker</name>
    <message>
        <source>The API client is no longer available.</source>
        <translation>El cliente de la API ya no está disponible.</translation>
    </message>
    <message>
        <source>The server returned the same page token twice; stopped listing.</source>
        <translation>El servidor devolvió dos veces el mismo token de página; se detuvo el listado.</translation>
    </message>
</context>
<context>
    <name>nd::ActivePanel</name>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Starting with</source>
        <translation>Empieza por</translation>
    </message>
    <message>
        <source>Containing</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>Ending with</source>
        <translation>Termina en</translation>
    </message>
    <message>
        <source>digits, e.g. 555</source>
        <translation>dígitos, p. ej. 555</translation>
    </message>
    <message>
        <source>part of the display name</source>
        <translation>parte del nombre visible</translation>
    </message>
    <message>
        <source>Being released</source>
        <translation>Se está liberando</translation>
    </message>
    <message>
        <source>Not being released</source>
        <translation>No se está liberando</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Show the numbers that match these filters</source>
        <translation>Mostrar los números que coinciden con estos filtros</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gión:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Ca&amp;pability:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Releasin&amp;g:</source>
        <translation>Li&amp;beración:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>Find a name or a number</source>
        <translation>Buscar un nombre o un número</translation>
    </message>
    <message>
        <source>Find in the active numbers</source>
        <translation>Buscar en los números activos</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>&amp;Cambios</translation>
    </message>
    <message>
        <source>What the last sync added, removed and changed, field by field</source>
        <translation>Lo que la última sincronización añadió, quitó y cambió, campo por campo</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Bu&amp;scar:</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Mostrar todo</translation>
    </message>
    <message>
        <source>Active numbers</source>
        <translation>Números activos</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>Show details of the selected number</source>
        <translation>Mostrar los detalles del número seleccionado</translation>
    </message>
    <message>
        <source>R&amp;elease…</source>
        <translation>&amp;Liberar…</translation>
    </message>
    <message>
        <source>Release the selected numbers</source>
        <translation>Liberar los números seleccionados</translation>
    </message>
    <message>
        <source>Inventory sync</source>
        <translation>Sincronización del inventario</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 numbers…</source>
        <translation>Sincronizando: %1 de %2 números…</translation>
    </message>
    <message>
        <source>Syncing the inventory…</source>
        <translation>Sincronizando el inventario…</translation>
    </message>
    <message>
        <source>Offline; no inventory synced yet</source>
        <translation>Sin conexión; aún no se ha sincronizado ningún inventario</translation>
    </message>
    <message>
        <source>Inventory not synced yet</source>
        <translation>Inventario aún no sincronizado</translation>
    </message>
    <message>
        <source>Offline, as of %1</source>
        <translation>Sin conexión; datos del %1</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Sincronizado hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Sincronizado hace %n min</numerusform>
            <numerusform>Sincronizado hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado: %1</translation>
    </message>
    <message>
        <source>Inventory mirror: %1</source>
        <translation>Copia local del inventario: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The digit pattern may contain only digits, optionally after a leading +.</source>
        <translation>El patrón solo puede contener dígitos, opcionalmente tras un + inicial.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n number(s): %1</source>
        <translation>
            <numerusform>Se muestra %n número: %1</numerusform>
            <numerusform>Se muestran %n números: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) not understood</source>
        <translation>
            <numerusform>%n precio no interpretable</numerusform>
            <numerusform>%n precios no interpretables</numerusform>
        </translation>
    </message>
    <message>
        <source>no recurring charge</source>
        <translation>sin cargo periódico</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n número</numerusform>
            <numerusform>%n números</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>Coinciden %1 de %2</translation>
    </message>
    <message>
        <source>Active numbers: reading the mirror… %1</source>
        <translation>Números activos: leyendo la copia local… %1</translation>
    </message>
    <message numerus="yes">
        <source>Active numbers: %n</source>
        <translation>
            <numerusform>Números activos: %n</numerusform>
            <numerusform>Números activos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown: %n number(s), %1</source>
        <translation>
            <numerusform>Mostrado: %n número, %1</numerusform>
            <numerusform>Mostrados: %n números, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n number(s), %1</source>
        <translation>
            <numerusform>Seleccionado: %n número, %1</numerusform>
            <numerusform>Seleccionados: %n números, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the inventory from the server…</source>
        <translation>Leyendo el inventario del servidor…</translation>
    </message>
    <message>
        <source>No active numbers yet: the inventory has not been synced, or the project rents none.</source>
        <translation>Todavía no hay números activos: el inventario no se ha sincronizado o el proyecto no alquila ninguno.</translation>
    </message>
    <message>
        <source>“%1” in names and numbers</source>
        <translation>«%1» en nombres y números</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>región %1</translation>
    </message>
    <message>
        <source>numbers with %1</source>
        <translation>números con %1</translation>
    </message>
    <message>
        <source>names with “%1”</source>
        <translation>nombres con «%1»</translation>
    </message>
    <message>
        <source>being released</source>
        <translation>que se están liberando</translation>
    </message>
    <message>
        <source>not being released</source>
        <translation>que no se están liberando</translation>
    </message>
    <message numerus="yes">
        <source>No active number matches: %1 (among %n number(s) in the inventory). Clear the find field, choose “All” in the filters or press “Show all” to see more.</source>
        <translation>
            <numerusform>Ningún número activo coincide: %1 (entre %n número del inventario). Vacíe el campo de búsqueda, elija «Todas», «Todos» o «Cualquiera» en los filtros o pulse «Mostrar todo» para ver más.</numerusform>
            <numerusform>Ningún número activo coincide: %1 (entre %n números del inventario). Vacíe el campo de búsqueda, elija «Todas», «Todos» o «Cualquiera» en los filtros o pulse «Mostrar todo» para ver más.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV, as numberdesk-cli writes it (*.csv)</source>
        <translation>CSV, tal como lo escribe numberdesk-cli (*.csv)</translation>
    </message>
    <message>
        <source>JSON, every field (*.json)</source>
        <translation>JSON, todos los campos (*.json)</translation>
    </message>
    <message>
        <source>Export Active Numbers</source>
        <translation>Exportar los números activos</translation>
    </message>
    <message>
        <source>active-numbers.csv</source>
        <translation>numeros-activos.csv</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n number(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n número a %1</numerusform>
            <numerusform>Se exportaron %n números a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::ActivityDialog</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>The activity log cannot be read: %1</source>
        <translation>No se puede leer el registro de actividad: %1</translation>
    </message>
    <message>
        <source>no activity log is open.</source>
        <translation>no hay ningún registro de actividad abierto.</translation>
    </message>
    <message>
        <source>Interrupted: check the outcome</source>
        <translation>Interrumpida: compruebe el resultado</translation>
    </message>
    <message>
        <source>NumberDesk stopped while this action was being sent, so its outcome was never recorded. Look at the number in the main window before repeating it.</source>
        <translation>NumberDesk se detuvo mientras se enviaba esta acción, así que su resultado nunca se registró. Revise el número en la ventana principal antes de repetirla.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) were interrupted: NumberDesk stopped before their outcome was known. They are highlighted below. Check each number&apos;s state (for example, whether it is in your active numbers) before you try the action again.</source>
        <translation>
            <numerusform>Se interrumpió %n acción: NumberDesk se detuvo antes de conocer su resultado. Aparece resaltada abajo. Compruebe el estado del número (por ejemplo, si está entre sus números activos) antes de volver a intentar la acción.</numerusform>
            <numerusform>Se interrumpieron %n acciones: NumberDesk se detuvo antes de conocer su resultado. Aparecen resaltadas abajo. Compruebe el estado de cada número (por ejemplo, si está entre sus números activos) antes de volver a intentar la acción.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Activity as CSV</source>
        <translation>Exportar la actividad como CSV</translation>
    </message>
    <message>
        <source>Export Activity as JSON</source>
        <translation>Exportar la actividad como JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>The activity could not be exported to %1: %2</source>
        <translation>No se pudo exportar la actividad a %1: %2</translation>
    </message>
    <message>
        <source>Cost effect</source>
        <translation>Efecto en el coste</translation>
    </message>
</context>
<context>
    <name>nd::ActivityRecorder</name>
    <message>
        <source>no activity log is open.</source>
        <translation>no hay ningún registro de actividad abierto.</translation>
    </message>
    <message>
        <source>The activity log cannot be written: %1 Nothing was sent.</source>
        <translation>No se puede escribir el registro de actividad: %1 No se envió nada.</translation>
    </message>
    <message>
        <source>The outcome could not be written to the activity log: %1</source>
        <translation>No se pudo escribir el resultado en el registro de actividad: %1</translation>
    </message>
</context>
<context>
    <name>nd::ApiError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). The request may still have been carried out: check the current state before retrying.</source>
        <translation>
            <numerusform>El servidor no respondió en %n segundo. Puede que la solicitud se haya ejecutado de todos modos: compruebe el estado actual antes de reintentar.</numerusform>
            <numerusform>El servidor no respondió en %n segundos. Puede que la solicitud se haya ejecutado de todos modos: compruebe el estado actual antes de reintentar.</numerusform>
        </translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established (TLS error). Check the URL, the system clock and any proxy in between.</source>
        <translation>No se pudo establecer una conexión segura con el servidor (error TLS). Compruebe la URL, el reloj del sistema y cualquier proxy intermedio.</translation>
    </message>
    <message>
        <source>The request was rejected as invalid (HTTP 400).</source>
        <translation>La solicitud se rechazó por no ser válida (HTTP 400).</translation>
    </message>
    <message>
        <source>The request was rejected: %1</source>
        <translation>Se rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>The credentials were rejected (HTTP 401). Check the key id and key secret.</source>
        <translation>Se rechazaron las credenciales (HTTP 401). Compruebe el ID y el secreto de la clave.</translation>
    </message>
    <message>
        <source>Permission denied (HTTP 403): this access key or project may not perform this operation.</source>
        <translation>Permiso denegado (HTTP 403): esta clave de acceso o este proyecto no puede realizar esta operación.</translation>
    </message>
    <message>
        <source>Permission denied (HTTP 403): %1</source>
        <translation>Permiso denegado (HTTP 403): %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server is rate limiting (HTTP 429). Retry after %n second(s).</source>
        <translation>
            <numerusform>Demasiadas solicitudes: el servidor limita la frecuencia (HTTP 429). Reintente dentro de %n segundo.</numerusform>
            <numerusform>Demasiadas solicitudes: el servidor limita la frecuencia (HTTP 429). Reintente dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: the server is rate limiting (HTTP 429). Try again later.</source>
        <translation>Demasiadas solicitudes: el servidor limita la frecuencia (HTTP 429). Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>Server error (HTTP %1): %2. The operation may or may not have been carried out; check the current state before retrying.</source>
        <translation>Error del servidor (HTTP %1): %2. Puede que la operación se haya realizado o no; compruebe el estado actual antes de reintentar.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>El servidor respondió con HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1: %2</source>
        <translation>El servidor respondió con HTTP %1: %2</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established: its certificate was not accepted. Check the URL, the system clock, any proxy in between, and whether a company CA certificate must be added (CA bundle setting).</source>
        <translation>No se pudo establecer una conexión segura con el servidor: su certificado no fue aceptado. Compruebe la URL, el reloj del sistema, cualquier proxy intermedio y si hay que añadir un certificado de CA de la empresa (ajuste «paquete de CA»).</translation>
    </message>
    <message>
        <source>The number is not an active number of this project.</source>
        <translation>El número no es un número activo de este proyecto.</translation>
    </message>
    <message>
        <source>The number %1 is not an active number of this project.</source>
        <translation>El número %1 no es un número activo de este proyecto.</translation>
    </message>
    <message>
        <source>The number is not available.</source>
        <translation>El número no está disponible.</translation>
    </message>
    <message>
        <source>The number %1 is not available.</source>
        <translation>El número %1 no está disponible.</translation>
    </message>
    <message>
        <source>No callback configuration was found for this project.</source>
        <translation>No se encontró ninguna configuración de devolución de llamada para este proyecto.</translation>
    </message>
    <message>
        <source>No callback configuration was found for project %1.</source>
        <translation>No se encontró ninguna configuración de devolución de llamada para el proyecto %1.</translation>
    </message>
    <message>
        <source>The %1 was not found.</source>
        <translation>No se encontró %1.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>No se encontró %1.</translation>
    </message>
    <message>
        <source>The %1 %2 was not found.</source>
        <translation>No se encontró %1 %2.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): %1</source>
        <translation>No encontrado (HTTP 404): %1</translation>
    </message>
    <message>
        <source>Not found (HTTP 404).</source>
        <translation>No encontrado (HTTP 404).</translation>
    </message>
    <message>
        <source>certificate: %1</source>
        <translation>certificado: %1</translation>
    </message>
    <message>
        <source>issued by: %1</source>
        <translation>emitido por: %1</translation>
    </message>
    <message>
        <source>valid until: %1</source>
        <translation>válido hasta: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>nd::AppMain</name>
    <message>
        <source>Find, rent, configure and release phone numbers (Sinch Numbers API).</source>
        <translation>Buscar, alquilar, configurar y liberar números de teléfono (API Sinch Numbers).</translation>
    </message>
    <message>
        <source>Start with the profile &lt;name&gt;.</source>
        <translation>Iniciar con el perfil &lt;nombre&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Start on the built-in Sandbox profile (local emulator, nothing is billed).</source>
        <translation>Iniciar con el perfil integrado Sandbox (emulador local, no se factura nada).</translation>
    </message>
    <message>
        <source>Save screenshots of the main views and dialogs into &lt;dir&gt;, then quit.</source>
        <translation>Guardar capturas de pantalla de las vistas principales y los diálogos en &lt;carpeta&gt; y salir.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>The saved profiles could not be read: %1</source>
        <translation>No se pudieron leer los perfiles guardados: %1</translation>
    </message>
    <message>
        <source>Start, wait until the main window shows the first regions and active numbers, then quit (exit status 0; 1 on an error or after 20 seconds).</source>
        <translation>Iniciar, esperar a que la ventana principal muestre las primeras regiones y los números activos y salir (estado de salida 0; 1 si hay un error o tras 20 segundos).</translation>
    </message>
</context>
<context>
    <name>nd::AuditLog</name>
    <message>
        <source>No file name was given for the activity log.</source>
        <translation>No se indicó ningún nombre de archivo para el registro de actividad.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the activity log.</source>
        <translation>No se puede crear la carpeta %1 para el registro de actividad.</translation>
    </message>
    <message>
        <source>Cannot create the activity log %1: the folder %2 is read-only.</source>
        <translation>No se puede crear el registro de actividad %1: la carpeta %2 es de solo lectura.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an activity log.</source>
        <translation>%1 es una carpeta, no un registro de actividad.</translation>
    </message>
    <message>
        <source>Cannot read the activity log %1: %2</source>
        <translation>No se puede leer el registro de actividad %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a NumberDesk activity log (it is not an SQLite database). The file was left unchanged: move it away or choose another file to keep a new log.</source>
        <translation>%1 no es un registro de actividad de NumberDesk (no es una base de datos SQLite). El archivo no se ha modificado: muévalo o elija otro archivo para llevar un registro nuevo.</translation>
    </message>
    <message>
        <source>Cannot write to the activity log %1: the file or its folder is read-only.</source>
        <translation>No se puede escribir en el registro de actividad %1: el archivo o su carpeta es de solo lectura.</translation>
    </message>
    <message>
        <source>Cannot open the activity log: the Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>No se puede abrir el registro de actividad: el controlador SQLite de Qt (QSQLITE) no está instalado.</translation>
    </message>
    <message>
        <source>Cannot open the activity log %1: %2</source>
        <translation>No se puede abrir el registro de actividad %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable activity log: %2. The file was left unchanged.</source>
        <translation>%1 no es un registro de actividad utilizable: %2. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a NumberDesk activity log. The file was left unchanged.</source>
        <translation>%1 es una base de datos SQLite de otro programa, no un registro de actividad de NumberDesk. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>The activity log %1 is damaged (%2). The file was left unchanged.</source>
        <translation>El registro de actividad %1 está dañado (%2). El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>write-ahead logging is not available</source>
        <translation>el registro de escritura anticipada (WAL) no está disponible</translation>
    </message>
    <message>
        <source>Cannot write to the activity log %1: %2</source>
        <translation>No se puede escribir en el registro de actividad %1: %2</translation>
    </message>
    <message>
        <source>The activity log %1 was written by a newer version of NumberDesk (format %2; this version reads up to %3). Update NumberDesk to use it.</source>
        <translation>El registro de actividad %1 lo escribió una versión más reciente de NumberDesk (formato %2; esta versión lee hasta el %3). Actualice NumberDesk para usarlo.</translation>
    </message>
    <message>
        <source>The activity log is not open.</source>
        <translation>El registro de actividad no está abierto.</translation>
    </message>
    <message>
        <source>Cannot record the action in %1: %2</source>
        <translation>No se puede registrar la acción en %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the outcome in %1: %2</source>
        <translation>No se puede registrar el resultado en %1: %2</translation>
    </message>
    <message>
        <source>There is no activity record %1.</source>
        <translation>No existe la entrada de actividad %1.</translation>
    </message>
    <message>
        <source>Activity record %1 is already finished (%2): recorded history cannot be changed.</source>
        <translation>La entrada de actividad %1 ya está cerrada (%2): el historial registrado no se puede cambiar.</translation>
    </message>
    <message>
        <source>Activity record %1 already names its numbers; they cannot be changed.</source>
        <translation>La entrada de actividad %1 ya indica sus números; no se pueden cambiar.</translation>
    </message>
    <message>
        <source>The export destination cannot be written to.</source>
        <translation>No se puede escribir en el destino de la exportación.</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>No se puede escribir la exportación: %1</translation>
    </message>
    <message>
        <source>In progress or interrupted</source>
        <translation>En curso o interrumpida</translation>
    </message>
    <message>
        <source>Cannot create the activity log %1.</source>
        <translation>No se puede crear el registro de actividad %1.</translation>
    </message>
    <message>
        <source>An unknown outcome can only be settled as known.</source>
        <translation>Un resultado desconocido solo se puede resolver con un resultado conocido.</translation>
    </message>
    <message>
        <source>Activity record %1 has no unknown outcome to settle.</source>
        <translation>La entrada de actividad %1 no tiene ningún resultado desconocido que resolver.</translation>
    </message>
    <message>
        <source>%1 (settled later by a check)</source>
        <translation>%1 (resuelto más tarde con una comprobación)</translation>
    </message>
</context>
<context>
    <name>nd::AvailableNumberModel</name>
    <message>
        <source>Required</source>
        <translation>Obligatorios</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>No obligatorios</translation>
    </message>
    <message>
        <source>Renting this number needs regulatory documents.</source>
        <translation>Alquilar este número requiere documentación reglamentaria.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Setup price</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Recurring price</source>
        <translation>Cuota periódica</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
</context>
<context>
    <name>nd::AvailableRentActions</name>
    <message>
        <source>Rent Selec&amp;ted…</source>
        <translation>Al&amp;quilar los seleccionados…</translation>
    </message>
    <message>
        <source>Rent the selected available numbers as one job, after a preview of the prices</source>
        <translation>Alquilar los números disponibles seleccionados en una sola tarea, tras una vista previa de los precios</translation>
    </message>
    <message>
        <source>Rent Several &amp;Matching…</source>
        <translation>Alquilar &amp;varios coincidentes…</translation>
    </message>
    <message>
        <source>Rent a number of numbers matching the current search criteria as one job</source>
        <translation>Alquilar una cantidad de números que coincidan con los criterios de búsqueda actuales en una sola tarea</translation>
    </message>
    <message>
        <source>Rent the selected numbers</source>
        <translation>Alquilar los números seleccionados</translation>
    </message>
    <message>
        <source>Opens a rent job for the selected available numbers; nothing is billed before you confirm</source>
        <translation>Abre una tarea de alquiler para los números disponibles seleccionados; no se factura nada antes de que confirme</translation>
    </message>
    <message numerus="yes">
        <source>Rent %n Selec&amp;ted…</source>
        <translation>
            <numerusform>Al&amp;quilar %n seleccionado…</numerusform>
            <numerusform>Al&amp;quilar %n seleccionados…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rent Several Matching Numbers</source>
        <translation>Alquilar varios números coincidentes</translation>
    </message>
    <message>
        <source>Rent numbers matching the current search criteria: %1. The next step shows each number with its prices and the totals; nothing is rented before you confirm.</source>
        <translation>Alquilar números que coincidan con los criterios de búsqueda actuales: %1. El paso siguiente muestra cada número con sus precios y los totales; no se alquila nada antes de que confirme.</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>The most the numbers rented may cost together per billing period, per currency (for example 25 or 19.50)</source>
        <translation>Lo máximo que pueden costar en conjunto los números alquilados por período de facturación, por moneda (por ejemplo, 25 o 19.50)</translation>
    </message>
    <message>
        <source>&amp;How many numbers:</source>
        <translation>&amp;Cuántos números:</translation>
    </message>
    <message>
        <source>At most this &amp;recurring total:</source>
        <translation>Total &amp;recurrente como máximo:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Type an amount such as 25 or 19.50, or leave it empty.</source>
        <translation>Escriba un importe, como 25 o 19.50, o déjelo vacío.</translation>
    </message>
</context>
<context>
    <name>nd::BulkJobDialog</name>
    <message numerus="yes">
        <source>Reading %n number(s) as they are now…</source>
        <translation>
            <numerusform>Leyendo el estado actual de %n número…</numerusform>
            <numerusform>Leyendo el estado actual de %n números…</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Job %1 finished.</source>
        <translation>La tarea %1 ha terminado.</translation>
    </message>
    <message>
        <source>Job %1 was cancelled.</source>
        <translation>La tarea %1 se canceló.</translation>
    </message>
    <message>
        <source>Job %1 is paused.</source>
        <translation>La tarea %1 está en pausa.</translation>
    </message>
    <message>
        <source>Job %1 was interrupted. The steps that were in flight are read back first: nothing is sent twice.</source>
        <translation>La tarea %1 se interrumpió. Primero se releen los pasos que estaban en curso: nada se envía dos veces.</translation>
    </message>
    <message>
        <source>Resume Interrupted Job</source>
        <translation>Reanudar la tarea interrumpida</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%2 of %n number(s)) was interrupted.</source>
        <translation>
            <numerusform>La tarea %1 (%2 de %n número) se interrumpió.</numerusform>
            <numerusform>La tarea %1 (%2 de %n números) se interrumpió.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 still to do. Resuming reads back what was in flight first.</source>
        <translation>%1 realizados, %2 aún por hacer. Al reanudar, primero se relee lo que estaba en curso.</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reanudar…</translation>
    </message>
    <message>
        <source>Update Numbers</source>
        <translation>Actualizar números</translation>
    </message>
    <message>
        <source>Release Numbers</source>
        <translation>Liberar números</translation>
    </message>
    <message>
        <source>unchanged; {n} = 1, 2, 3…, {number} = the number</source>
        <translation>sin cambios; {n} = 1, 2, 3…, {number} = el número</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <source>SMS service &amp;plan:</source>
        <translation>Plan de servicio &amp;SMS:</translation>
    </message>
    <message>
        <source>10DLC &amp;campaign:</source>
        <translation>&amp;Campaña 10DLC:</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>&amp;URL de devolución de llamada:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Liberar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Cancel &amp;Job</source>
        <translation>Cancelar la &amp;tarea</translation>
    </message>
    <message>
        <source>Retry the Ones &amp;Not Done</source>
        <translation>&amp;Reintentar los no realizados</translation>
    </message>
    <message>
        <source>Pausing: the numbers in flight finish first…</source>
        <translation>Pausando: primero terminan los números en curso…</translation>
    </message>
    <message>
        <source>Cancelling: the numbers in flight finish first…</source>
        <translation>Cancelando: primero terminan los números en curso…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Update %n number(s). Each is changed as shown; an SMS plan or campaign is unlinked before the new one is linked.</source>
        <translation>
            <numerusform>Actualizar %n número. Se cambia como se muestra; un plan SMS o una campaña se desvinculan antes de vincular los nuevos.</numerusform>
            <numerusform>Actualizar %n números. Cada uno se cambia como se muestra; un plan SMS o una campaña se desvinculan antes de vincular los nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n number(s) at the end of their paid periods. This cannot be undone.</source>
        <translation>
            <numerusform>Liberar %n número al final de su período pagado. No se puede deshacer.</numerusform>
            <numerusform>Liberar %n números al final de sus períodos pagados. No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, could not be read: %1</source>
        <translation>Excluidos, no se pudieron leer: %1</translation>
    </message>
    <message>
        <source>release</source>
        <translation>liberar</translation>
    </message>
    <message numerus="yes">
        <source>release: %1 every %n month(s) stops</source>
        <translation>
            <numerusform>liberar: deja de cobrarse %1 cada mes</numerusform>
            <numerusform>liberar: deja de cobrarse %1 cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nada que cambiar</translation>
    </message>
    <message>
        <source>Recurring prices that stop: %1</source>
        <translation>Precios recurrentes que dejan de cobrarse: %1</translation>
    </message>
    <message>
        <source>No price changes.</source>
        <translation>Ningún cambio de precio.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) already have these settings: nothing is sent for them.</source>
        <translation>
            <numerusform>%n número ya tiene esta configuración: no se envía nada para él.</numerusform>
            <numerusform>%n números ya tienen esta configuración: no se envía nada para ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>To confirm, type the number of numbers (%1):</source>
        <translation>Para confirmar, escriba la cantidad de números (%1):</translation>
    </message>
    <message>
        <source>Job %1 is running.</source>
        <translation>La tarea %1 está en curso.</translation>
    </message>
    <message>
        <source>%1 done, %2 not done, %3 unknown, %4 to go.</source>
        <translation>%1 realizados, %2 no realizados, %3 desconocidos, %4 pendientes.</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left.</source>
        <translation>
            <numerusform>Queda %n segundo aproximadamente.</numerusform>
            <numerusform>Quedan unos %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 stopped: %2</source>
        <translation>La tarea %1 se detuvo: %2</translation>
    </message>
    <message>
        <source>Rent Numbers</source>
        <translation>Alquilar números</translation>
    </message>
    <message>
        <source>Remove Emergency Addresses</source>
        <translation>Quitar direcciones de emergencia</translation>
    </message>
    <message>
        <source>&amp;Rent</source>
        <translation>&amp;Alquilar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message numerus="yes">
        <source>Rent %n number(s) matching %1 (billable). If someone else takes one of these before the job reaches it, the job searches again for another.</source>
        <translation>
            <numerusform>Alquilar %n número que coincida con %1 (se factura). Si otra persona lo toma antes de que la tarea llegue a él, la tarea busca otro.</numerusform>
            <numerusform>Alquilar %n números que coincidan con %1 (se factura). Si otra persona toma uno de ellos antes de que la tarea llegue a él, la tarea busca otro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rent %n number(s) (billable).</source>
        <translation>
            <numerusform>Alquilar %n número (se factura).</numerusform>
            <numerusform>Alquilar %n números (se factura).</numerusform>
        </translation>
    </message>
    <message>
        <source>Setup prices: %1</source>
        <translation>Precios de alta: %1</translation>
    </message>
    <message>
        <source>Recurring prices that start: %1</source>
        <translation>Precios recurrentes que empiezan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Job %1: offers were taken by someone else; searching again for %n more number(s)…</source>
        <translation>
            <numerusform>Tarea %1: otra persona tomó ofertas; buscando de nuevo %n número más…</numerusform>
            <numerusform>Tarea %1: otra persona tomó ofertas; buscando de nuevo %n números más…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rent: setup %1, then %2 every %n month(s)</source>
        <translation>
            <numerusform>alquilar: alta %1, después %2 cada mes</numerusform>
            <numerusform>alquilar: alta %1, después %2 cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message numerus="yes">
        <source>Checking that %n number(s) are still on offer, and at what price…</source>
        <translation>
            <numerusform>Comprobando que %n número sigue en oferta, y a qué precio…</numerusform>
            <numerusform>Comprobando que %n números siguen en oferta, y a qué precio…</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no connection.</source>
        <translation>No hay conexión.</translation>
    </message>
    <message numerus="yes">
        <source>Searching for %n number(s) matching %1…</source>
        <translation>
            <numerusform>Buscando %n número que coincida con %1…</numerusform>
            <numerusform>Buscando %n números que coincidan con %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) left out to stay within the recurring cap of %1.</source>
        <translation>
            <numerusform>Se excluyó %n oferta para no superar el límite recurrente de %1.</numerusform>
            <numerusform>Se excluyeron %n ofertas para no superar el límite recurrente de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 of the %2 numbers asked for can be rented now.</source>
        <translation>Ahora solo se pueden alquilar %1 de los %2 números solicitados.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
</context>
<context>
    <name>nd::CallbackConfigDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Ocultar el secreto</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Mostrar el secreto</translation>
    </message>
    <message>
        <source>A new random secret was generated. It is not saved until you press Save.</source>
        <translation>Se generó un nuevo secreto aleatorio. No se guarda hasta que pulse Guardar.</translation>
    </message>
    <message numerus="yes">
        <source>The secret must be 32 to 64 characters of letters, digits and “-” (now %n character(s)).</source>
        <translation>
            <numerusform>El secreto debe tener de 32 a 64 caracteres entre letras, dígitos y «-» (ahora tiene %n carácter).</numerusform>
            <numerusform>El secreto debe tener de 32 a 64 caracteres entre letras, dígitos y «-» (ahora tiene %n caracteres).</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the callback configuration…</source>
        <translation>Cargando la configuración de devolución de llamada…</translation>
    </message>
    <message>
        <source>No signing secret is set. Generate one and save it.</source>
        <translation>No hay ningún secreto de firma definido. Genere uno y guárdelo.</translation>
    </message>
    <message>
        <source>This project has no callback configuration yet; saving a secret creates it.</source>
        <translation>Este proyecto aún no tiene configuración de devolución de llamada; guardar un secreto la crea.</translation>
    </message>
    <message>
        <source>Loading was stopped. Close and reopen the dialog to try again.</source>
        <translation>Se detuvo la carga. Cierre y vuelva a abrir el diálogo para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Change Signing Secret</source>
        <translation>Cambiar el secreto de firma</translation>
    </message>
    <message>
        <source>Change the callback signing secret of project %1?</source>
        <translation>¿Cambiar el secreto de firma de devoluciones de llamada del proyecto %1?</translation>
    </message>
    <message>
        <source>From now on, events are signed with the new secret. Receivers that still use the old secret will reject them until you update them. Copy the new secret to your receivers.</source>
        <translation>A partir de ahora, los eventos se firman con el nuevo secreto. Los receptores que sigan usando el anterior los rechazarán hasta que los actualice. Copie el nuevo secreto en sus receptores.</translation>
    </message>
    <message>
        <source>&amp;Change Secret</source>
        <translation>&amp;Cambiar el secreto</translation>
    </message>
    <message>
        <source>Saving the new secret…</source>
        <translation>Guardando el nuevo secreto…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The new secret is active. Update your receivers now.</source>
        <translation>El nuevo secreto está activo. Actualice ahora sus receptores.</translation>
    </message>
    <message>
        <source>No clear answer; reading the secret back to see whether it changed…</source>
        <translation>Sin respuesta clara; releyendo el secreto para ver si cambió…</translation>
    </message>
    <message>
        <source>The server is busy (rate limit): waiting to send again…</source>
        <translation>El servidor está ocupado (límite de frecuencia): esperando para volver a enviar…</translation>
    </message>
    <message>
        <source>Reopen this dialog to see the current secret before saving again.</source>
        <translation>Vuelva a abrir este diálogo para ver el secreto actual antes de guardar de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Copiar el secreto al portapapeles</translation>
    </message>
    <message>
        <source>Secret copied to the clipboard.</source>
        <translation>Secreto copiado al portapapeles.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
</context>
<context>
    <name>nd::CallbackInspector</name>
    <message>
        <source>Callback Inspector</source>
        <translation>Inspector de devoluciones de llamada</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Recibidas</translation>
    </message>
    <message>
        <source>&amp;Check a signature</source>
        <translation>&amp;Comprobar una firma</translation>
    </message>
    <message>
        <source>&amp;Send test callback</source>
        <translation>Enviar &amp;prueba</translation>
    </message>
    <message>
        <source>The project&apos;s callback secret could not be read, so signatures cannot be checked: %1</source>
        <translation>No se pudo leer el secreto de devolución de llamada del proyecto, así que las firmas no se pueden comprobar: %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>The port on 127.0.0.1 to receive callbacks on; Automatic picks a free one</source>
        <translation>El puerto de 127.0.0.1 en el que recibir las devoluciones de llamada; Automático elige uno libre</translation>
    </message>
    <message>
        <source>Cop&amp;y URL</source>
        <translation>C&amp;opiar URL</translation>
    </message>
    <message>
        <source>&amp;Use as Callback URL of Selected Numbers…</source>
        <translation>&amp;Usar como URL de devolución de llamada de los números seleccionados…</translation>
    </message>
    <message>
        <source>Set this receiver as the callback URL of the numbers selected in the main window</source>
        <translation>Configurar este receptor como URL de devolución de llamada de los números seleccionados en la ventana principal</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Receiver URL:</source>
        <translation>URL del receptor:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Click a callback to see its headers, raw body and signature check.</source>
        <translation>Haga clic en una devolución de llamada para ver sus cabeceras, su cuerpo en bruto y la comprobación de la firma.</translation>
    </message>
    <message>
        <source>Reading the project&apos;s callback secret…</source>
        <translation>Leyendo el secreto de devolución de llamada del proyecto…</translation>
    </message>
    <message>
        <source>Listening. Signatures are checked against the project&apos;s current secret (and the previous one after a rotation).</source>
        <translation>Escuchando. Las firmas se comprueban con el secreto actual del proyecto (y con el anterior tras una rotación).</translation>
    </message>
    <message>
        <source>Stopped: callbacks sent to the URL now fail.</source>
        <translation>Detenido: las devoluciones de llamada enviadas a la URL fallan ahora.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>(not JSON)</source>
        <translation>(no es JSON)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válida</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>Expected X-Sinch-Signature: %1</source>
        <translation>X-Sinch-Signature esperada: %1</translation>
    </message>
    <message>
        <source>Failure: %1 (%2)</source>
        <translation>Fallo: %1 (%2)</translation>
    </message>
    <message>
        <source>Select one or more numbers in the main window&apos;s list of your numbers first.</source>
        <translation>Seleccione primero uno o varios números en la lista de sus números de la ventana principal.</translation>
    </message>
    <message>
        <source>Use a local callback URL on a real account?</source>
        <translation>¿Usar una URL de devolución de llamada local en una cuenta real?</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 as the callback URL of %n number(s)?</source>
        <translation>
            <numerusform>¿Configurar %1 como URL de devolución de llamada de %n número?</numerusform>
            <numerusform>¿Configurar %1 como URL de devolución de llamada de %n números?</numerusform>
        </translation>
    </message>
    <message>
        <source>This profile is not the sandbox. Sinch&apos;s servers cannot reach this computer, so events for these numbers will be lost until you set their callback URL back.</source>
        <translation>Este perfil no es el entorno de pruebas. Los servidores de Sinch no pueden llegar a este equipo, así que los eventos de estos números se perderán hasta que restablezca su URL de devolución de llamada.</translation>
    </message>
    <message>
        <source>Set Callback URL</source>
        <translation>Configurar la URL de devolución de llamada</translation>
    </message>
    <message>
        <source>The selected numbers already use this callback URL.</source>
        <translation>Los números seleccionados ya usan esta URL de devolución de llamada.</translation>
    </message>
    <message numerus="yes">
        <source>Setting the callback URL of %n number(s)…</source>
        <translation>
            <numerusform>Configurando la URL de devolución de llamada de %n número…</numerusform>
            <numerusform>Configurando la URL de devolución de llamada de %n números…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Callback URL set on %1 of %n number(s). Their next provisioning events come here.</source>
        <translation>
            <numerusform>URL de devolución de llamada configurada en %1 de %n número. Sus próximos eventos de aprovisionamiento llegarán aquí.</numerusform>
            <numerusform>URL de devolución de llamada configurada en %1 de %n números. Sus próximos eventos de aprovisionamiento llegarán aquí.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::CallbackReceiver</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>no se puede escuchar en 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>nd::CallbackSender</name>
    <message>
        <source>&apos;%1&apos; is not a URL (give one such as http://127.0.0.1:8080/hooks)</source>
        <translation>«%1» no es una URL (indique una como http://127.0.0.1:8080/hooks)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>«%1» no es una URL http o https</translation>
    </message>
</context>
<context>
    <name>nd::CallbackSignature</name>
    <message>
        <source>valid (signed with the previous secret)</source>
        <translation>válida (firmada con el secreto anterior)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>not checked: no secret is known</source>
        <translation>sin comprobar: no se conoce ningún secreto</translation>
    </message>
    <message>
        <source>invalid: there is no X-Sinch-Signature header</source>
        <translation>no válida: no hay cabecera X-Sinch-Signature</translation>
    </message>
    <message>
        <source>invalid: the signature is not 40 hexadecimal digits (base64 or another algorithm?)</source>
        <translation>no válida: la firma no tiene 40 dígitos hexadecimales (¿base64 u otro algoritmo?)</translation>
    </message>
    <message>
        <source>invalid: the signature does not match the body with this secret</source>
        <translation>no válida: la firma no coincide con el cuerpo usando este secreto</translation>
    </message>
</context>
<context>
    <name>nd::ChangesView</name>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitados</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiados</translation>
    </message>
    <message>
        <source>Show in the list</source>
        <translation>Mostrar en la lista</translation>
    </message>
    <message>
        <source>List the added and changed numbers in the Active numbers table</source>
        <translation>Listar los números añadidos y cambiados en la tabla Números activos</translation>
    </message>
    <message>
        <source>Changes since the previous sync</source>
        <translation>Cambios desde la sincronización anterior</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Added or changed by the last sync</source>
        <translation>Añadidos o cambiados en la última sincronización</translation>
    </message>
    <message>
        <source>The inventory has not been synced yet.</source>
        <translation>El inventario aún no se ha sincronizado.</translation>
    </message>
    <message numerus="yes">
        <source>The first sync (%1) found %n number(s); later syncs list what changed.</source>
        <translation>
            <numerusform>La primera sincronización (%1) encontró %n número; las siguientes muestran lo que cambió.</numerusform>
            <numerusform>La primera sincronización (%1) encontró %n números; las siguientes muestran lo que cambió.</numerusform>
        </translation>
    </message>
    <message>
        <source>Between the syncs of %1 and %2: %3 added, %4 removed, %5 changed.</source>
        <translation>Entre las sincronizaciones del %1 y del %2: %3 añadidos, %4 quitados, %5 cambiados.</translation>
    </message>
</context>
<context>
    <name>nd::ConnectionSettings</name>
    <message>
        <source>No project id is set.</source>
        <translation>No hay ningún ID de proyecto definido.</translation>
    </message>
    <message>
        <source>The project id may only contain letters, digits, &apos;-&apos; and &apos;_&apos; (at most 128 characters).</source>
        <translation>El ID de proyecto solo puede contener letras, dígitos, «-» y «_» (128 caracteres como máximo).</translation>
    </message>
    <message>
        <source>No access key id is set.</source>
        <translation>No hay ningún ID de clave de acceso definido.</translation>
    </message>
    <message>
        <source>No access key secret is set.</source>
        <translation>No hay ningún secreto de clave de acceso definido.</translation>
    </message>
    <message>
        <source>The transfer timeout must not be negative.</source>
        <translation>El tiempo de espera de transferencia no puede ser negativo.</translation>
    </message>
    <message>
        <source>The CA bundle &quot;%1&quot; could not be read: %2</source>
        <translation>No se pudo leer el paquete de CA «%1»: %2</translation>
    </message>
    <message>
        <source>The CA bundle &quot;%1&quot; is too large to be a certificate file.</source>
        <translation>El paquete de CA «%1» es demasiado grande para ser un archivo de certificados.</translation>
    </message>
    <message>
        <source>The CA bundle &quot;%1&quot; contains no PEM certificate (expected &quot;-----BEGIN CERTIFICATE-----&quot; blocks).</source>
        <translation>El paquete de CA «%1» no contiene ningún certificado PEM (se esperan bloques «-----BEGIN CERTIFICATE-----»).</translation>
    </message>
    <message>
        <source>The Numbers API URL &quot;%1&quot; is not a valid URL.</source>
        <translation>La URL de la API Numbers «%1» no es una URL válida.</translation>
    </message>
    <message>
        <source>The authentication URL &quot;%1&quot; is not a valid URL.</source>
        <translation>La URL de autenticación «%1» no es una URL válida.</translation>
    </message>
    <message>
        <source>The Numbers API URL must start with https:// (got &quot;%1&quot;).</source>
        <translation>La URL de la API Numbers debe empezar por https:// (se recibió «%1»).</translation>
    </message>
    <message>
        <source>The authentication URL must start with https:// (got &quot;%1&quot;).</source>
        <translation>La URL de autenticación debe empezar por https:// (se recibió «%1»).</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain http to %1: use https:// (plain http is only allowed for the local machine: localhost, 127.0.0.1, ::1).</source>
        <translation>No se envían credenciales por http sin cifrar a %1: use https:// (http solo se permite para el equipo local: localhost, 127.0.0.1, ::1).</translation>
    </message>
</context>
<context>
    <name>nd::CostEffect</name>
    <message numerus="yes">
        <source>%1 %2 every %n month(s)</source>
        <translation>
            <numerusform>%1 %2 cada mes</numerusform>
            <numerusform>%1 %2 cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 per period</source>
        <translation>%1 %2 por período</translation>
    </message>
    <message>
        <source>stops %1</source>
        <comment>a recurring charge that stops</comment>
        <translation>deja de aplicarse: %1</translation>
    </message>
    <message>
        <source>possibly stops %1</source>
        <comment>outcome unknown</comment>
        <translation>quizá deja de aplicarse: %1</translation>
    </message>
    <message>
        <source>%1 %2 setup</source>
        <translation>%1 %2 de alta</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <comment>setup cost + recurring cost</comment>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>possibly %1</source>
        <comment>outcome unknown</comment>
        <translation>posiblemente %1</translation>
    </message>
</context>
<context>
    <name>nd::DisplayText</name>
    <message>
        <source>Unknown type</source>
        <translation>Tipo desconocido</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Status not specified</source>
        <translation>Estado sin especificar</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>Estado desconocido</translation>
    </message>
    <message>
        <source>Voice API app</source>
        <translation>Aplicación de Voice API</translation>
    </message>
    <message>
        <source>Elastic SIP trunk</source>
        <translation>Troncal SIP elástica</translation>
    </message>
    <message>
        <source>Fax service</source>
        <translation>Servicio de fax</translation>
    </message>
    <message>
        <source>Unknown voice type</source>
        <translation>Tipo de voz desconocido</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Sin vincular</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 = kind of voice target (&quot;Voice API app&quot;), %2 = its id
----------
%1 = amount (&quot;USD 1.00&quot;), %2 = interval (&quot;every month&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Service plan %1</source>
        <translation>Plan de servicio %1</translation>
    </message>
    <message>
        <source>Service plan %1, campaign %2</source>
        <translation>Plan de servicio %1, campaña %2</translation>
    </message>
    <message>
        <source>unlinking</source>
        <translation>desvinculando</translation>
    </message>
    <message>
        <source>service plan %1</source>
        <translation>plan de servicio %1</translation>
    </message>
    <message>
        <source>service plan %1, campaign %2</source>
        <translation>plan de servicio %1, campaña %2</translation>
    </message>
    <message>
        <source>SMS: %1 (%2)</source>
        <extracomment>%1 = status (&quot;Waiting&quot;), %2 = what is being applied</extracomment>
        <translation>SMS: %1 (%2)</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>no se indicó ningún motivo</translation>
    </message>
    <message>
        <source>Voice: %1 (%2)</source>
        <translation>Voz: %1 (%2)</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>cada mes</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>cada año</translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>cada mes</numerusform>
            <numerusform>cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Could not be determined</source>
        <translation>No se pudo determinar</translation>
    </message>
    <message>
        <source>Exact match: the address is valid as entered</source>
        <translation>Coincidencia exacta: la dirección es válida tal como se escribió</translation>
    </message>
    <message>
        <source>Near match: a corrected address is suggested</source>
        <translation>Coincidencia aproximada: se propone una dirección corregida</translation>
    </message>
    <message>
        <source>No match: the address is not valid</source>
        <translation>Sin coincidencia: la dirección no es válida</translation>
    </message>
    <message>
        <source>Unknown result</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>Link to an SMS service plan</source>
        <translation>Vincular a un plan de servicio SMS</translation>
    </message>
    <message>
        <source>Unlink from the SMS service plan</source>
        <translation>Desvincular del plan de servicio SMS</translation>
    </message>
    <message>
        <source>Link to a 10DLC campaign</source>
        <translation>Vincular a una campaña 10DLC</translation>
    </message>
    <message>
        <source>Unlink from the 10DLC campaign</source>
        <translation>Desvincular de la campaña 10DLC</translation>
    </message>
    <message>
        <source>Enable voice</source>
        <translation>Activar la voz</translation>
    </message>
    <message>
        <source>Disable voice</source>
        <translation>Desactivar la voz</translation>
    </message>
    <message>
        <source>Number order changed</source>
        <translation>Cambió el pedido del número</translation>
    </message>
    <message>
        <source>Unknown event</source>
        <translation>Evento desconocido</translation>
    </message>
    <message>
        <source>Enabling voice on the number failed</source>
        <translation>No se pudo activar la voz en el número</translation>
    </message>
</context>
<context>
    <name>nd::ErrorBanner</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Descartar este mensaje</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar mensaje</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>nd::FieldChange</name>
    <message>
        <source>display name</source>
        <translation>nombre visible</translation>
    </message>
    <message>
        <source>callback URL</source>
        <translation>URL de devolución de llamada</translation>
    </message>
    <message>
        <source>SMS service plan</source>
        <translation>plan de servicio SMS</translation>
    </message>
    <message>
        <source>10DLC campaign</source>
        <translation>campaña 10DLC</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>voz</translation>
    </message>
    <message>
        <source>emergency address</source>
        <translation>dirección de emergencia</translation>
    </message>
    <message>
        <source>callback HMAC secret</source>
        <translation>secreto HMAC de devolución de llamada</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>vencimiento</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>%1: rotated</source>
        <translation>%1: renovado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>field: old value → new value</comment>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>nd::InsightCharts</name>
    <message>
        <source>%1 numbers in %2 (%3 a month)</source>
        <extracomment>%1 = number type (&quot;Local&quot;), %2 = region code, %3 = amount with currency</extracomment>
        <translation>%1 números en %2 (%3 al mes)</translation>
    </message>
    <message>
        <source>Run-rate per month by region (%1)</source>
        <translation>Gasto mensual por región (%1)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation>%1 números</translation>
    </message>
    <message>
        <source>Numbers by type</source>
        <translation>Números por tipo</translation>
    </message>
    <message>
        <source>Numbers charged in %1</source>
        <extracomment>%1 = month (&quot;Dec 2026&quot;)</extracomment>
        <translation>Números cobrados en %1</translation>
    </message>
    <message>
        <source>Charges due in the next 12 months (%1)</source>
        <translation>Cargos previstos en los próximos 12 meses (%1)</translation>
    </message>
    <message>
        <source>Run-rate per month by region</source>
        <translation>Gasto mensual por región</translation>
    </message>
    <message>
        <source>Charges due in the next 12 months</source>
        <translation>Cargos previstos en los próximos 12 meses</translation>
    </message>
</context>
<context>
    <name>nd::InsightPanel</name>
    <message>
        <source>No inventory yet: press Sync now to fetch every number into the local mirror.</source>
        <translation>Todavía no hay inventario: pulse Sincronizar ahora para obtener todos los números en la copia local.</translation>
    </message>
    <message>
        <source>The currency the run-rate and the charges are shown in</source>
        <translation>La moneda en la que se muestran el gasto mensual y los cargos</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Fetch every active number into the local mirror, then show the report again</source>
        <translation>Obtener todos los números activos en la copia local y volver a mostrar el informe</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>Read the local mirror again (no network)</source>
        <translation>Volver a leer la copia local (sin red)</translation>
    </message>
    <message>
        <source>Save c&amp;hart as PNG…</source>
        <translation>Guardar el &amp;gráfico como PNG…</translation>
    </message>
    <message>
        <source>Run-rate by region…</source>
        <translation>Gasto mensual por región…</translation>
    </message>
    <message>
        <source>Numbers by type…</source>
        <translation>Números por tipo…</translation>
    </message>
    <message>
        <source>Charges by month…</source>
        <translation>Cargos por mes…</translation>
    </message>
    <message>
        <source>E&amp;xport report as CSV…</source>
        <translation>E&amp;xportar el informe como CSV…</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>%1 numbers, %2 of them being released. Run-rate per month: %3. As of %4.</source>
        <extracomment>%1 = count of numbers, %2 = count being released, %3 = &quot;EUR 12,50, USD 3.00&quot;, %4 = date and time</extracomment>
        <translation>%1 números, %2 de ellos en liberación. Gasto mensual: %3. Datos del %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Provisioning failed (%1)</source>
        <translation>Aprovisionamiento fallido (%1)</translation>
    </message>
    <message>
        <source>Provisioning pending for more than an hour (%1)</source>
        <translation>Aprovisionamiento pendiente desde hace más de una hora (%1)</translation>
    </message>
    <message>
        <source>Neither SMS nor voice linked (%1)</source>
        <translation>Sin SMS ni voz vinculados (%1)</translation>
    </message>
    <message>
        <source>Released within 7 days (%1)</source>
        <translation>Se liberan en los próximos 7 días (%1)</translation>
    </message>
    <message>
        <source>Price unreadable, left out of the amounts (%1)</source>
        <translation>Precio ilegible, excluido de los importes (%1)</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>No se pudo guardar el gráfico en %1.</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Exportar el informe como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>No se pudo escribir el informe en %1.</translation>
    </message>
    <message>
        <source>Syncing the local mirror (progress in the status bar)…</source>
        <translation>Sincronizando la copia local (progreso en la barra de estado)…</translation>
    </message>
    <message>
        <source>The sync did not finish; the report shows the mirror&apos;s previous sync.</source>
        <translation>La sincronización no terminó; el informe muestra la sincronización anterior de la copia local.</translation>
    </message>
    <message>
        <source>The first sync of this inventory is running; the report follows when it is saved.</source>
        <extracomment>Shown where the charts go, while the first sync of a mirror runs.</extracomment>
        <translation>La primera sincronización de este inventario está en curso; el informe aparecerá cuando se guarde.</translation>
    </message>
    <message>
        <source>The project had no active numbers at the last sync: there is nothing to chart.</source>
        <extracomment>Shown where the charts go: the last sync found no numbers.</extracomment>
        <translation>El proyecto no tenía números activos en la última sincronización: no hay nada que representar.</translation>
    </message>
    <message>
        <source>The sync did not finish (it was cancelled, or the message at the top of the window says why), and there is no earlier sync to show. Press Sync now to try again.</source>
        <translation>La sincronización no terminó (se canceló, o el mensaje de la parte superior de la ventana indica el motivo) y no hay ninguna sincronización anterior que mostrar. Pulse Sincronizar ahora para volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>nd::InventoryExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>nd::InventoryReport</name>
    <message>
        <source>no reason was given</source>
        <translation>no se indicó ningún motivo</translation>
    </message>
    <message>
        <source>SMS: %1</source>
        <extracomment>%1 = the reasons in words</extracomment>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Voice provisioning failed</source>
        <translation>El aprovisionamiento de voz ha fallado</translation>
    </message>
</context>
<context>
    <name>nd::InventoryStore</name>
    <message>
        <source>Cannot create the inventory file %1.</source>
        <translation>No se puede crear el archivo de inventario %1.</translation>
    </message>
    <message>
        <source>Cannot open the inventory %1: %2</source>
        <translation>No se puede abrir el inventario %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the inventory %1: %2</source>
        <translation>No se puede leer el inventario %1: %2</translation>
    </message>
    <message>
        <source>The inventory %1 was written by a newer version of NumberDesk.</source>
        <translation>El inventario %1 lo escribió una versión más reciente de NumberDesk.</translation>
    </message>
    <message>
        <source>%1 is not a NumberDesk inventory. The file was left unchanged.</source>
        <translation>%1 no es un inventario de NumberDesk. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot write the inventory %1: %2</source>
        <translation>No se puede escribir el inventario %1: %2</translation>
    </message>
    <message>
        <source>Cannot start a sync of the inventory: %1</source>
        <translation>No se puede iniciar una sincronización del inventario: %1</translation>
    </message>
    <message>
        <source>Cannot write the inventory: %1</source>
        <translation>No se puede escribir el inventario: %1</translation>
    </message>
    <message>
        <source>No sync of the inventory is in progress.</source>
        <translation>No hay ninguna sincronización del inventario en curso.</translation>
    </message>
    <message>
        <source>Cannot save the sync of the inventory: %1</source>
        <translation>No se puede guardar la sincronización del inventario: %1</translation>
    </message>
    <message>
        <source>Cannot read the inventory: %1</source>
        <translation>No se puede leer el inventario: %1</translation>
    </message>
    <message>
        <source>Cannot start a sync of the inventory: cannot create %1.</source>
        <translation>No se puede iniciar una sincronización del inventario: no se puede crear %1.</translation>
    </message>
    <message>
        <source>Another sync of this inventory is running (process %1 on %2). Wait until it has finished; if it is not running any more, delete %3.</source>
        <translation>Otra sincronización de este inventario está en curso (proceso %1 en %2). Espere a que termine; si ya no se está ejecutando, elimine %3.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>another program saved a sync of this inventory meanwhile.</source>
        <translation>otro programa ha guardado mientras tanto una sincronización de este inventario.</translation>
    </message>
</context>
<context>
    <name>nd::InventoryWalker</name>
    <message>
        <source>The API client is no longer available.</source>
        <translation>El cliente de la API ya no está disponible.</translation>
    </message>
    <message>
        <source>The server returned the same page token twice; stopped listing.</source>
        <translation>El servidor devolvió dos veces el mismo token de página; se detuvo el listado.</translation>
    </message>
</context>
<context>
    <name>nd::JobJournal</name>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Cannot create the job journal %1.</source>
        <translation>No se puede crear el diario de tareas %1.</translation>
    </message>
    <message>
        <source>Cannot open the job journal %1: %2</source>
        <translation>No se puede abrir el diario de tareas %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the job journal %1: %2</source>
        <translation>No se puede leer el diario de tareas %1: %2</translation>
    </message>
    <message>
        <source>The job journal %1 was written by a newer version of NumberDesk.</source>
        <translation>El diario de tareas %1 lo escribió una versión más reciente de NumberDesk.</translation>
    </message>
    <message>
        <source>%1 is not a NumberDesk job journal. The file was left unchanged.</source>
        <translation>%1 no es un diario de tareas de NumberDesk. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>Cannot write the job journal %1: %2</source>
        <translation>No se puede escribir el diario de tareas %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the job journal: %1</source>
        <translation>No se puede escribir el diario de tareas: %1</translation>
    </message>
    <message>
        <source>Cannot read the job journal: %1</source>
        <translation>No se puede leer el diario de tareas: %1</translation>
    </message>
    <message>
        <source>Job %1 was written by a newer version of NumberDesk.</source>
        <translation>La tarea %1 la escribió una versión más reciente de NumberDesk.</translation>
    </message>
    <message>
        <source>Job %1 is being run by another NumberDesk process.</source>
        <translation>Otro proceso de NumberDesk está ejecutando la tarea %1.</translation>
    </message>
</context>
<context>
    <name>nd::JobKinds</name>
    <message>
        <source>per billing period</source>
        <translation>por período de facturación</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>cada mes</numerusform>
            <numerusform>cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Alquiler</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberación</translation>
    </message>
    <message>
        <source>Emergency address removal</source>
        <translation>Eliminación de la dirección de emergencia</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizada</translation>
    </message>
    <message>
        <source>Done by someone else</source>
        <translation>Realizada por otra persona</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 once (%n number(s))</source>
        <translation>
            <numerusform>%1 %2 una vez (%n número)</numerusform>
            <numerusform>%1 %2 una vez (%n números)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 %3 (%n number(s))</source>
        <translation>
            <numerusform>%1 %2 %3 (%n número)</numerusform>
            <numerusform>%1 %2 %3 (%n números)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::JobRunner</name>
    <message>
        <source>There is no job %1.</source>
        <translation>No existe la tarea %1.</translation>
    </message>
    <message>
        <source>The connection is gone.</source>
        <translation>Se perdió la conexión.</translation>
    </message>
    <message>
        <source>The activity log cannot be written.</source>
        <translation>No se puede escribir en el registro de actividad.</translation>
    </message>
    <message>
        <source>Not sent before the job was interrupted.</source>
        <translation>No se envió antes de que se interrumpiera la tarea.</translation>
    </message>
    <message>
        <source>The process running job %1 ended while this request was in flight; the state is read back.</source>
        <translation>El proceso que ejecutaba la tarea %1 terminó mientras esta solicitud estaba en curso; se relee el estado.</translation>
    </message>
    <message>
        <source>Step %1 of job %2 cannot be read.</source>
        <translation>No se puede leer el paso %1 de la tarea %2.</translation>
    </message>
    <message>
        <source>%1 already has these settings: nothing was sent.</source>
        <translation>%1 ya tiene esta configuración: no se envió nada.</translation>
    </message>
    <message>
        <source>%1 of the %2 numbers asked for were rented: %3</source>
        <translation>Se alquilaron %1 de los %2 números solicitados: %3</translation>
    </message>
    <message>
        <source>the steps not done say why the others were not.</source>
        <translation>los pasos no realizados explican por qué no se alquilaron los demás.</translation>
    </message>
    <message numerus="yes">
        <source>Searching again for %n more number(s) failed: %1</source>
        <translation>
            <numerusform>Falló la nueva búsqueda de %n número más: %1</numerusform>
            <numerusform>Falló la nueva búsqueda de %n números más: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>another number would take the recurring total past the cap of %1.</source>
        <translation>otro número haría que el total recurrente superara el límite de %1.</translation>
    </message>
    <message>
        <source>the search offers no other number matching the criteria.</source>
        <translation>la búsqueda no ofrece ningún otro número que cumpla los criterios.</translation>
    </message>
    <message>
        <source>Found by searching again: an offer chosen before was taken by someone else.</source>
        <translation>Encontrado al buscar de nuevo: otra persona tomó una oferta elegida antes.</translation>
    </message>
</context>
<context>
    <name>nd::JobsDialog</name>
    <message>
        <source>Bulk Jobs</source>
        <translation>Tareas por lotes</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizados</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizados</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
</context>
<context>
    <name>nd::MainWindow</name>
    <message>
        <source>Starting with</source>
        <translation>Empieza por</translation>
    </message>
    <message>
        <source>Containing</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>Ending with</source>
        <translation>Termina en</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>There is no profile named “%1”; using the built-in Sandbox.</source>
        <translation>No existe ningún perfil llamado «%1»; se usa el perfil integrado Sandbox.</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) offer numbers to this project</source>
        <translation>
            <numerusform>%n región ofrece números a este proyecto</numerusform>
            <numerusform>%n regiones ofrecen números a este proyecto</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>La búsqueda ha fallado.</translation>
    </message>
    <message>
        <source>No available numbers match in %1. Try fewer digits or other capabilities.</source>
        <translation>No hay números disponibles que coincidan en %1. Pruebe con menos dígitos u otras funciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n available number(s) in %1</source>
        <translation>
            <numerusform>%n número disponible en %1</numerusform>
            <numerusform>%n números disponibles en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Check at least one number type to list regions.</source>
        <translation>Marque al menos un tipo de número para listar regiones.</translation>
    </message>
    <message>
        <source>country code and digits, e.g. +1206</source>
        <translation>prefijo del país y dígitos, p. ej. +1206</translation>
    </message>
    <message>
        <source>digits, e.g. 555</source>
        <translation>dígitos, p. ej. 555</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Perfil de conexión</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Perfil activo</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Detener la carga</translation>
    </message>
    <message>
        <source>%1 (built-in, no charges)</source>
        <translation>%1 (integrado, sin cargos)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando: %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado: %1</translation>
    </message>
    <message>
        <source>Connection problem (see the message above)</source>
        <translation>Problema de conexión (vea el mensaje de arriba)</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>PRUEBAS</translation>
    </message>
    <message>
        <source>Profile “%1”: the built-in emulator. Nothing is billed and no real number changes.</source>
        <translation>Perfil «%1»: el emulador integrado. No se factura nada y ningún número real cambia.</translation>
    </message>
    <message>
        <source>NumberDesk — SANDBOX</source>
        <translation>NumberDesk — PRUEBAS</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>Live profile: renting and releasing numbers here is billed.</source>
        <translation>Perfil real: alquilar y liberar números aquí se factura.</translation>
    </message>
    <message>
        <source>NumberDesk — %1</source>
        <translation>NumberDesk — %1</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>The server refused the credentials of profile “%1”. Check its key ID and key secret in File → Settings.
%2</source>
        <translation>El servidor rechazó las credenciales del perfil «%1». Compruebe su ID y secreto de clave en Archivo → Configuración.
%2</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Servidor inaccesible</translation>
    </message>
    <message>
        <source>Choose a region on the left</source>
        <translation>Elija una región a la izquierda</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a region in the list on the left first.</source>
        <translation>Elija primero una región en la lista de la izquierda.</translation>
    </message>
    <message>
        <source>%1 offers no number types to search.</source>
        <translation>%1 no ofrece ningún tipo de número para buscar.</translation>
    </message>
    <message>
        <source>The digit pattern may contain only digits, optionally after a leading +.</source>
        <translation>El patrón solo puede contener dígitos, opcionalmente tras un + inicial.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Renting any matching number is possible only for US local numbers.</source>
        <translation>Alquilar cualquier número coincidente solo es posible con números locales de EE. UU.</translation>
    </message>
    <message numerus="yes">
        <source>R&amp;elease %n Numbers…</source>
        <translation>
            <numerusform>&amp;Liberar %n número…</numerusform>
            <numerusform>&amp;Liberar %n números…</numerusform>
        </translation>
    </message>
    <message>
        <source>R&amp;elease…</source>
        <translation>&amp;Liberar…</translation>
    </message>
    <message>
        <source>%1 is now rented. It is not listed because it does not match the active-number filters.</source>
        <translation>%1 ya está alquilado. No aparece porque no coincide con los filtros de números activos.</translation>
    </message>
    <message>
        <source>%1 is now rented and listed under Active numbers.</source>
        <translation>%1 ya está alquilado y aparece en Números activos.</translation>
    </message>
    <message>
        <source>The selected numbers are already being released.</source>
        <translation>Los números seleccionados ya se están liberando.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n number(s)</source>
        <translation>
            <numerusform>%n número copiado</numerusform>
            <numerusform>%n números copiados</numerusform>
        </translation>
    </message>
    <message>
        <source>About NumberDesk</source>
        <translation>Acerca de NumberDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NumberDesk %1&lt;/h3&gt;&lt;p&gt;Find, rent, configure and release phone numbers through the Sinch Numbers API.&lt;/p&gt;&lt;p&gt;The built-in Sandbox profile runs a local emulator: nothing there is billed.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NumberDesk %1&lt;/h3&gt;&lt;p&gt;Busque, alquile, configure y libere números de teléfono con la API Sinch Numbers.&lt;/p&gt;&lt;p&gt;El perfil integrado Sandbox usa un emulador local: allí no se factura nada.&lt;/p&gt;&lt;p&gt;Con licencia GNU GPL, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Activity…</source>
        <translation>&amp;Actividad…</translation>
    </message>
    <message>
        <source>Show every rent, release and change made from NumberDesk</source>
        <translation>Mostrar cada alquiler, liberación y cambio realizados desde NumberDesk</translation>
    </message>
    <message>
        <source>Connecting to the built-in sandbox…</source>
        <translation>Conectando con el entorno de pruebas integrado…</translation>
    </message>
    <message>
        <source>Connected to the built-in sandbox</source>
        <translation>Conectado al entorno de pruebas integrado</translation>
    </message>
    <message>
        <source>The activity log cannot be opened: %1
Renting, releasing and changing numbers are disabled until it can be written.</source>
        <translation>No se puede abrir el registro de actividad: %1
Alquilar, liberar y cambiar números está desactivado hasta que se pueda escribir en él.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) were interrupted before their outcome was known. Open View → Activity to see which, and check them before repeating them.</source>
        <translation>
            <numerusform>Se interrumpió %n acción antes de conocer su resultado. Abra Ver → Actividad para ver cuál y compruébela antes de repetirla.</numerusform>
            <numerusform>Se interrumpieron %n acciones antes de conocer su resultado. Abra Ver → Actividad para ver cuáles y compruébelas antes de repetirlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation>&amp;Estadísticas</translation>
    </message>
    <message>
        <source>Copy &amp;Cell</source>
        <translation>Copiar c&amp;elda</translation>
    </message>
    <message>
        <source>Callback &amp;Inspector…</source>
        <translation>&amp;Inspector de devoluciones de llamada…</translation>
    </message>
    <message>
        <source>Receive, check and send number-event callbacks</source>
        <translation>Recibir, comprobar y enviar devoluciones de llamada de eventos de número</translation>
    </message>
    <message>
        <source>&amp;Export Active Numbers…</source>
        <translation>&amp;Exportar los números activos…</translation>
    </message>
    <message>
        <source>Save the Active numbers as shown (filters, find and order) as CSV or JSON</source>
        <translation>Guardar los números activos tal como se muestran (filtros, búsqueda y orden) como CSV o JSON</translation>
    </message>
    <message>
        <source>&amp;Update Selected…</source>
        <translation>Actualizar los &amp;seleccionados…</translation>
    </message>
    <message>
        <source>Change the selected active numbers together</source>
        <translation>Cambiar a la vez los números activos seleccionados</translation>
    </message>
    <message>
        <source>Release &amp;Selected…</source>
        <translation>L&amp;iberar los seleccionados…</translation>
    </message>
    <message>
        <source>Release the selected active numbers as one job</source>
        <translation>Liberar los números activos seleccionados en una sola tarea</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Active numbers shows the inventory as of %2, read-only; press F5 to try again.</source>
        <translation>No se puede acceder al servidor (%1). Números activos muestra el inventario del %2, en solo lectura; pulse F5 para reintentar.</translation>
    </message>
    <message>
        <source>Bulk &amp;Jobs…</source>
        <translation>&amp;Tareas por lotes…</translation>
    </message>
    <message>
        <source>Show the bulk jobs, their progress and per-number results</source>
        <translation>Mostrar las tareas por lotes, su progreso y los resultados por número</translation>
    </message>
</context>
<context>
    <name>nd::NumberDetailsDialog</name>
    <message>
        <source>Number %1</source>
        <translation>Número %1</translation>
    </message>
    <message>
        <source>The corrected address was copied into the form. Press Provision to use it.</source>
        <translation>La dirección corregida se copió en el formulario. Pulse Aprovisionar para usarla.</translation>
    </message>
    <message>
        <source>The suggested address was copied into the form. Validate it again before provisioning.</source>
        <translation>La dirección sugerida se copió en el formulario. Valídela de nuevo antes de aprovisionarla.</translation>
    </message>
    <message>
        <source>The emergency address has not been loaded yet.</source>
        <translation>La dirección de emergencia aún no se ha cargado.</translation>
    </message>
    <message>
        <source>%1, %2 in %3</source>
        <translation>%1, %2 en %3</translation>
    </message>
    <message>
        <source>Being released: active until %1</source>
        <translation>En liberación: activo hasta el %1</translation>
    </message>
    <message>
        <source>Not released</source>
        <translation>No liberado</translation>
    </message>
    <message>
        <source>Nothing pending. SMS: %1. Voice: %2.</source>
        <translation>Nada pendiente. SMS: %1. Voz: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Saving takes %n step(s), because the API only links a number to a new service plan or campaign after the old one has been unlinked:</source>
        <translation>
            <numerusform>Guardar requiere %n paso, porque la API solo vincula un número a un nuevo plan de servicio o campaña después de desvincular el anterior:</numerusform>
            <numerusform>Guardar requiere %n pasos, porque la API solo vincula un número a un nuevo plan de servicio o campaña después de desvincular el anterior:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Between the steps, and until the new link has been provisioned, the number cannot send or receive SMS.</source>
        <translation>Entre los pasos, y hasta que se aprovisione el nuevo vínculo, el número no puede enviar ni recibir SMS.</translation>
    </message>
    <message>
        <source>Saving unlinks the SMS service plan: the number stops sending and receiving SMS.</source>
        <translation>Al guardar se desvincula el plan de servicio SMS: el número deja de enviar y recibir SMS.</translation>
    </message>
    <message>
        <source>Configuration changes are applied in the background; the General tab shows their progress.</source>
        <translation>Los cambios de configuración se aplican en segundo plano; la pestaña General muestra su progreso.</translation>
    </message>
    <message>
        <source>Reloading %1…</source>
        <translation>Volviendo a cargar %1…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved. Being applied in the background:
%1</source>
        <translation>Guardado. Se aplica en segundo plano:
%1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3…</source>
        <translation>Paso %1 de %2: %3…</translation>
    </message>
    <message>
        <source>name shown to dispatch</source>
        <translation>nombre para el centro de emergencias</translation>
    </message>
    <message>
        <source>street number</source>
        <translation>número de la calle</translation>
    </message>
    <message>
        <source>street</source>
        <translation>calle</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Required: %1.</source>
        <translation>Obligatorio: %1.</translation>
    </message>
    <message>
        <source>Provisioned address (given to 911 dispatch): %1</source>
        <translation>Dirección aprovisionada (se envía al centro de emergencias del 911): %1</translation>
    </message>
    <message>
        <source>No emergency address is provisioned for this number: 911 dispatch gets no address from it.</source>
        <translation>Este número no tiene ninguna dirección de emergencia aprovisionada: el centro del 911 no recibe ninguna dirección suya.</translation>
    </message>
    <message>
        <source>Loading the emergency address…</source>
        <translation>Cargando la dirección de emergencia…</translation>
    </message>
    <message>
        <source>The emergency address could not be loaded.</source>
        <translation>No se pudo cargar la dirección de emergencia.</translation>
    </message>
    <message>
        <source>Validating the address…</source>
        <translation>Validando la dirección…</translation>
    </message>
    <message>
        <source>Corrected address: %1</source>
        <translation>Dirección corregida: %1</translation>
    </message>
    <message>
        <source>Emergency (911) calls from this number will send responders to:
%1

Make sure the address is where the phone is used. Emergency address services may carry a fee.</source>
        <translation>Las llamadas de emergencia (911) desde este número enviarán a los servicios de emergencia a:
%1

Asegúrese de que el teléfono se usa en esa dirección. Los servicios de dirección de emergencia pueden tener un coste.</translation>
    </message>
    <message>
        <source>This address has not been validated.</source>
        <translation>Esta dirección no se ha validado.</translation>
    </message>
    <message>
        <source>Provision Emergency Address</source>
        <translation>Aprovisionar dirección de emergencia</translation>
    </message>
    <message>
        <source>Provision this emergency address for %1?</source>
        <translation>¿Aprovisionar esta dirección de emergencia para %1?</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>&amp;Aprovisionar</translation>
    </message>
    <message>
        <source>Provisioning the emergency address…</source>
        <translation>Aprovisionando la dirección de emergencia…</translation>
    </message>
    <message>
        <source>The emergency address was provisioned.</source>
        <translation>Se aprovisionó la dirección de emergencia.</translation>
    </message>
    <message>
        <source>Remove Emergency Address</source>
        <translation>Quitar dirección de emergencia</translation>
    </message>
    <message>
        <source>Remove the emergency address from %1?</source>
        <translation>¿Quitar la dirección de emergencia de %1?</translation>
    </message>
    <message>
        <source>911 dispatch will no longer receive an address for calls from this number: responders may not be able to find a caller who cannot speak.

Current address: %1</source>
        <translation>El centro del 911 dejará de recibir una dirección para las llamadas desde este número: puede que los servicios de emergencia no encuentren a quien llama si no puede hablar.

Dirección actual: %1</translation>
    </message>
    <message>
        <source>&amp;Remove Address</source>
        <translation>&amp;Quitar la dirección</translation>
    </message>
    <message>
        <source>Removing the emergency address…</source>
        <translation>Quitando la dirección de emergencia…</translation>
    </message>
    <message>
        <source>The emergency address was removed. 911 dispatch no longer receives an address for this number.</source>
        <translation>Se quitó la dirección de emergencia. El centro del 911 ya no recibe una dirección para este número.</translation>
    </message>
    <message numerus="yes">
        <source>Saving in %n steps…</source>
        <translation>
            <numerusform>Guardando en %n paso…</numerusform>
            <numerusform>Guardando en %n pasos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The server is busy (rate limit): waiting to send again…</source>
        <translation>El servidor está ocupado (límite de frecuencia): esperando para volver a enviar…</translation>
    </message>
    <message>
        <source>No clear answer; reading the number back to see what happened…</source>
        <translation>Sin respuesta clara; releyendo el número para ver qué ocurrió…</translation>
    </message>
    <message>
        <source>Press Refresh to see the number as it is now before saving again.</source>
        <translation>Pulse Actualizar para ver el número tal como está ahora antes de guardar de nuevo.</translation>
    </message>
    <message>
        <source>Press Reload to check the emergency address before trying again.</source>
        <translation>Pulse Recargar para comprobar la dirección de emergencia antes de reintentar.</translation>
    </message>
    <message>
        <source>Stopping: waiting for the outcome of the change in flight…</source>
        <translation>Deteniendo: esperando el resultado del cambio en curso…</translation>
    </message>
</context>
<context>
    <name>nd::NumberList</name>
    <message>
        <source>the phoneNumber column is empty</source>
        <translation>la columna phoneNumber está vacía</translation>
    </message>
</context>
<context>
    <name>nd::NumbersClient</name>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB and was not read.</source>
        <translation>La respuesta del servidor supera %1 MiB y no se leyó.</translation>
    </message>
    <message>
        <source>Could not get an access token: %1</source>
        <translation>No se pudo obtener un token de acceso: %1</translation>
    </message>
    <message>
        <source>The authentication server rejected the access key (HTTP %1). Check the key id and key secret.</source>
        <translation>El servidor de autenticación rechazó la clave de acceso (HTTP %1). Compruebe el ID y el secreto de la clave.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the URL and that the server is running.</source>
        <translation>El servidor rechazó la conexión. Compruebe la URL y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be resolved. Check the URL and the network.</source>
        <translation>No se pudo resolver el nombre de host del servidor. Compruebe la URL y la red.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering. The request may still have been carried out: check the current state before retrying.</source>
        <translation>El servidor cerró la conexión sin responder. Puede que la solicitud se haya ejecutado de todos modos: compruebe el estado actual antes de reintentar.</translation>
    </message>
    <message>
        <source>The connection was closed after the request was sent, before any answer. The request may still have been carried out: check the current state before retrying.</source>
        <translation>La conexión se cerró después de enviar la solicitud, antes de recibir respuesta. Puede que la solicitud se haya ejecutado de todos modos: compruebe el estado actual antes de reintentar.</translation>
    </message>
    <message>
        <source>The proxy server failed: %1</source>
        <translation>Error del servidor proxy: %1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Error de red: %1</translation>
    </message>
</context>
<context>
    <name>nd::OfferCheck</name>
    <message>
        <source>%1 is already one of your active numbers: someone else (another user or program of this project) rented it first. No rent was sent, so it is not charged a second time.</source>
        <translation>%1 ya es uno de sus números activos: otra persona (otro usuario o programa de este proyecto) lo alquiló primero. No se envió ningún alquiler, así que no se cobra una segunda vez.</translation>
    </message>
    <message>
        <source>%1 is no longer available: someone else may have rented it. Search again for another number.</source>
        <translation>%1 ya no está disponible: puede que otra persona lo haya alquilado. Busque otro número.</translation>
    </message>
</context>
<context>
    <name>nd::PhoneNumber</name>
    <message>
        <source>Enter a phone number in international format, for example +1 206 555 0100.</source>
        <translation>Introduzca un número de teléfono en formato internacional, por ejemplo +1 206 555 0100.</translation>
    </message>
    <message>
        <source>A phone number may contain only one &apos;+&apos;, at the start: &quot;%1&quot;.</source>
        <translation>Un número de teléfono solo puede contener un «+», al principio: «%1».</translation>
    </message>
    <message>
        <source>The character %1 is not allowed in a phone number (&quot;%2&quot;).</source>
        <translation>El carácter %1 no está permitido en un número de teléfono («%2»).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no country code: start with + and the country code, for example +1 206 555 0100.</source>
        <translation>«%1» no tiene prefijo de país: empiece por + y el prefijo, por ejemplo +1 206 555 0100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains no digits.</source>
        <translation>«%1» no contiene dígitos.</translation>
    </message>
    <message>
        <source>A country code cannot start with 0 (&quot;%1&quot;).</source>
        <translation>Un prefijo de país no puede empezar por 0 («%1»).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n digits; an international number has at most 15.</source>
        <translation>
            <numerusform>«%1» tiene %n dígito; un número internacional tiene 15 como máximo.</numerusform>
            <numerusform>«%1» tiene %n dígitos; un número internacional tiene 15 como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>«%1» es demasiado corto para ser un número de teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number of %2.</source>
        <translation>«%1» no es un número de teléfono de la región %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a country code in use (no country has the code +%2).</source>
        <translation>«%1» no empieza por un prefijo de país en uso (ningún país tiene el prefijo +%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short for a number with country code +%2.</source>
        <translation>«%1» es demasiado corto para un número con el prefijo +%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long for a number with country code +%2.</source>
        <translation>«%1» es demasiado largo para un número con el prefijo +%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the wrong number of digits for a number with country code +%2.</source>
        <translation>«%1» no tiene el número correcto de dígitos para un número con el prefijo +%2.</translation>
    </message>
</context>
<context>
    <name>nd::ProfileStore</name>
    <message>
        <source>Cannot read the profiles file %1: %2. Profiles will not be saved until this is fixed.</source>
        <translation>No se puede leer el archivo de perfiles %1: %2. Los perfiles no se guardarán hasta que se corrija.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1 (%2)</source>
        <translation>JSON no válido en la posición %1 (%2)</translation>
    </message>
    <message>
        <source>the content is not a JSON object</source>
        <translation>el contenido no es un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; is not a list</source>
        <translation>«profiles» no es una lista</translation>
    </message>
    <message>
        <source>The profiles file %1 was damaged (%2). It was kept as %3 and NumberDesk starts with the built-in Sandbox profile.</source>
        <translation>El archivo de perfiles %1 estaba dañado (%2). Se conservó como %3 y NumberDesk se inicia con el perfil integrado Sandbox.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged (%2) and could not be moved aside. Profiles will not be saved until it is fixed or removed.</source>
        <translation>El archivo de perfiles %1 está dañado (%2) y no se pudo apartar. Los perfiles no se guardarán hasta que se corrija o se elimine.</translation>
    </message>
    <message>
        <source>Profiles were not saved: the existing file %1 could not be read or moved aside, and saving would overwrite it.</source>
        <translation>Los perfiles no se guardaron: el archivo existente %1 no se pudo leer ni apartar, y guardar lo sobrescribiría.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the profiles file.</source>
        <translation>No se puede crear la carpeta %1 para el archivo de perfiles.</translation>
    </message>
    <message>
        <source>Cannot save the profiles file %1: %2</source>
        <translation>No se puede guardar el archivo de perfiles %1: %2</translation>
    </message>
    <message>
        <source>Enter a profile name.</source>
        <translation>Introduzca un nombre de perfil.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with spaces.</source>
        <translation>Un nombre de perfil no puede empezar ni terminar con espacios.</translation>
    </message>
    <message numerus="yes">
        <source>A profile name can have at most %n characters.</source>
        <translation>
            <numerusform>Un nombre de perfil puede tener como máximo %n carácter.</numerusform>
            <numerusform>Un nombre de perfil puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters or line breaks.</source>
        <translation>Un nombre de perfil no puede contener caracteres de control ni saltos de línea.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of the built-in profile. Choose another name.</source>
        <translation>«%1» es el nombre del perfil integrado. Elija otro nombre.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
    <message>
        <source>The authentication URL &quot;%1&quot; is not a valid URL.</source>
        <translation>La URL de autenticación «%1» no es una URL válida.</translation>
    </message>
    <message>
        <source>The Numbers API URL &quot;%1&quot; is not a valid URL.</source>
        <translation>La URL de la API Numbers «%1» no es una URL válida.</translation>
    </message>
    <message>
        <source>The authentication URL must not contain a user name or password.</source>
        <translation>La URL de autenticación no debe contener usuario ni contraseña.</translation>
    </message>
    <message>
        <source>The Numbers API URL must not contain a user name or password.</source>
        <translation>La URL de la API Numbers no debe contener usuario ni contraseña.</translation>
    </message>
    <message>
        <source>The authentication URL &quot;%1&quot; uses unencrypted http. Use https; plain http is only allowed to this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>La URL de autenticación «%1» usa http sin cifrar. Use https; http solo se permite hacia este equipo (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The Numbers API URL &quot;%1&quot; uses unencrypted http. Use https; plain http is only allowed to this computer (localhost, 127.0.0.1, ::1).</source>
        <translation>La URL de la API Numbers «%1» usa http sin cifrar. Use https; http solo se permite hacia este equipo (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The authentication URL &quot;%1&quot; must start with https://.</source>
        <translation>La URL de autenticación «%1» debe empezar por https://.</translation>
    </message>
    <message>
        <source>The Numbers API URL &quot;%1&quot; must start with https://.</source>
        <translation>La URL de la API Numbers «%1» debe empezar por https://.</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile cannot be changed.</source>
        <translation>El perfil integrado Sandbox no se puede modificar.</translation>
    </message>
    <message>
        <source>Enter a project ID.</source>
        <translation>Introduzca un ID de proyecto.</translation>
    </message>
    <message>
        <source>The project ID &quot;%1&quot; is not valid: use only letters, digits, &apos;-&apos; and &apos;_&apos; (at most 128).</source>
        <translation>El ID de proyecto «%1» no es válido: use solo letras, dígitos, «-» y «_» (128 como máximo).</translation>
    </message>
    <message>
        <source>Enter a key ID.</source>
        <translation>Introduzca un ID de clave.</translation>
    </message>
    <message>
        <source>The key ID cannot contain &apos;:&apos;, control characters or leading/trailing spaces.</source>
        <translation>El ID de clave no puede contener «:», caracteres de control ni espacios al principio o al final.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>No existe ningún perfil llamado «%1».</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile cannot be renamed.</source>
        <translation>El perfil integrado Sandbox no se puede renombrar.</translation>
    </message>
    <message>
        <source>Parallel sync requests must be a number from 1 to %1.</source>
        <translation>Las peticiones de sincronización deben ser un número entre 1 y %1.</translation>
    </message>
</context>
<context>
    <name>nd::RegionModel</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cód.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Number types</source>
        <translation>Tipos de número</translation>
    </message>
</context>
<context>
    <name>nd::ReleaseDialog</name>
    <message numerus="yes">
        <source>Release %n Number(s)</source>
        <translation>
            <numerusform>Liberar %n número</numerusform>
            <numerusform>Liberar %n números</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Release %n Number(s)</source>
        <translation>
            <numerusform>&amp;Liberar %n número</numerusform>
            <numerusform>&amp;Liberar %n números</numerusform>
        </translation>
    </message>
    <message>
        <source>Already releasing on %1; skipped</source>
        <translation>Ya se está liberando el %1; omitido</translation>
    </message>
    <message>
        <source>Recurring charges that stop: %1.</source>
        <translation>Cargos recurrentes que dejan de aplicarse: %1.</translation>
    </message>
    <message>
        <source>Not included (amount not understood): %1.</source>
        <translation>No incluido (importe no interpretable): %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Release %n number(s)? Each number stays yours until the end of its paid period and then goes back to Sinch&apos;s inventory, where anyone can rent it.</source>
        <translation>
            <numerusform>¿Liberar %n número? Cada número sigue siendo suyo hasta el final de su período pagado y luego vuelve al inventario de Sinch, donde cualquiera puede alquilarlo.</numerusform>
            <numerusform>¿Liberar %n números? Cada número sigue siendo suyo hasta el final de su período pagado y luego vuelve al inventario de Sinch, donde cualquiera puede alquilarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone: there is no way to cancel a release. Calls and messages to a released number will stop reaching you after its expiry date.</source>
        <translation>No se puede deshacer: una liberación no se puede cancelar. Las llamadas y los mensajes a un número liberado dejarán de llegarle tras su fecha de vencimiento.</translation>
    </message>
    <message>
        <source>To confirm, type the number of numbers to release (%1):</source>
        <translation>Para confirmar, escriba la cantidad de números que se liberarán (%1):</translation>
    </message>
    <message>
        <source>Every selected number is already being released.</source>
        <translation>Todos los números seleccionados ya se están liberando.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>Liberando…</translation>
    </message>
    <message>
        <source>Released: stays active until %1</source>
        <translation>Liberado: sigue activo hasta el %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Retry the Ones &amp;Not Done</source>
        <translation>Reintentar los &amp;no realizados</translation>
    </message>
    <message>
        <source>Recurring charges that stopped: %1.</source>
        <translation>Cargos recurrentes que dejaron de aplicarse: %1.</translation>
    </message>
    <message>
        <source>No recurring charge stopped.</source>
        <translation>Ningún cargo recurrente dejó de aplicarse.</translation>
    </message>
    <message>
        <source>Stop after the numbers being released now; the others are not released</source>
        <translation>Detenerse tras los números que se están liberando; los demás no se liberan</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Liberado</translation>
    </message>
    <message>
        <source>Not done (can be retried)</source>
        <translation>No realizada (se puede reintentar)</translation>
    </message>
    <message>
        <source>Outcome unknown: check it</source>
        <translation>Resultado desconocido: compruébelo</translation>
    </message>
    <message>
        <source>Not sent (stopped)</source>
        <translation>No enviado (detenido)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n number(s) released by you.</source>
        <translation>
            <numerusform>%1 de %n número liberado por usted.</numerusform>
            <numerusform>%1 de %n números liberados por usted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry the %n Not Done</source>
        <translation>
            <numerusform>Reintentar %n no realizado</numerusform>
            <numerusform>Reintentar %n no realizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) were already released or gone (not by you): nothing stopped for them.</source>
        <translation>
            <numerusform>%n número ya estaba liberado o había desaparecido (no por usted): nada dejó de aplicarse para él.</numerusform>
            <numerusform>%n números ya estaban liberados o habían desaparecido (no por usted): nada dejó de aplicarse para ellos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) were certainly not released: “Retry the Not Done” sends exactly those again.</source>
        <translation>
            <numerusform>%n número no se liberó con certeza: «Reintentar los no realizados» vuelve a enviar exactamente ese.</numerusform>
            <numerusform>%n números no se liberaron con certeza: «Reintentar los no realizados» vuelve a enviar exactamente esos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n number(s) the outcome could not be determined: %1. Check whether they show an expiry date (Active numbers, or Details) before releasing them again.</source>
        <translation>
            <numerusform>Para %n número no se pudo determinar el resultado: %1. Compruebe si muestra fecha de vencimiento (Números activos o Detalles) antes de volver a liberarlo.</numerusform>
            <numerusform>Para %n números no se pudo determinar el resultado: %1. Compruebe si muestran fecha de vencimiento (Números activos o Detalles) antes de volver a liberarlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) were not released; hover over the Result column to see why.</source>
        <translation>
            <numerusform>%n número no se liberó; pase el puntero sobre la columna Resultado para ver el motivo.</numerusform>
            <numerusform>%n números no se liberaron; pase el puntero sobre la columna Resultado para ver el motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the numbers being released now…</source>
        <translation>Deteniendo tras los números que se están liberando…</translation>
    </message>
    <message>
        <source>Emergency addresses</source>
        <translation>Direcciones de emergencia</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This number has a provisioned emergency (E911) address, which goes with the number when it is released:</source>
        <translation>Este número tiene una dirección de emergencia (E911) aprovisionada, que se pierde junto con el número cuando se libera:</translation>
    </message>
    <message numerus="yes">
        <source>%n of these numbers have a provisioned emergency (E911) address, which goes with the number when it is released:</source>
        <translation>
            <numerusform>%n de estos números tiene una dirección de emergencia (E911) aprovisionada, que se pierde junto con el número cuando se libera:</numerusform>
            <numerusform>%n de estos números tienen una dirección de emergencia (E911) aprovisionada, que se pierde junto con el número cuando se libera:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check whether %1 has an emergency address.</source>
        <translation>No se pudo comprobar si %1 tiene una dirección de emergencia.</translation>
    </message>
</context>
<context>
    <name>nd::RentDialog</name>
    <message>
        <source>&amp;Rent…</source>
        <translation>&amp;Alquilar…</translation>
    </message>
    <message>
        <source>Rent %1</source>
        <translation>Alquilar %1</translation>
    </message>
    <message>
        <source>Rent Any Matching Number</source>
        <translation>Alquilar cualquier número coincidente</translation>
    </message>
    <message>
        <source>Any matching number</source>
        <translation>Cualquier número coincidente</translation>
    </message>
    <message>
        <source>Any %1 number in %2</source>
        <translation>Cualquier número %1 en %2</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>que coincida con «%1»</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Any capabilities</source>
        <translation>Cualquier función</translation>
    </message>
    <message>
        <source>Must support: %1</source>
        <translation>Debe admitir: %1</translation>
    </message>
    <message>
        <source>“Rent any number” works only for local numbers in the United States (US). Search for a number in %1 and rent it instead.</source>
        <translation>«Alquilar cualquier número» solo funciona con números locales de Estados Unidos (US). Busque un número en %1 y alquílelo.</translation>
    </message>
    <message>
        <source>a %1 number in %2</source>
        <translation>un número %1 en %2</translation>
    </message>
    <message>
        <source>You will be charged a one-off setup fee of %1 and %2 until you release the number.</source>
        <translation>Se le cobrará una cuota de alta única de %1 y %2 hasta que libere el número.</translation>
    </message>
    <message>
        <source>%1, %2 in %3</source>
        <translation>%1, %2 en %3</translation>
    </message>
    <message>
        <source>This number needs supporting (regulatory) documents before it can be used.</source>
        <translation>Este número necesita documentación acreditativa (reglamentaria) antes de poder usarse.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Checking that %1 is still available…</source>
        <translation>Comprobando que %1 sigue disponible…</translation>
    </message>
    <message>
        <source>Available. Review the price and configuration, then press Rent.</source>
        <translation>Disponible. Revise el precio y la configuración y pulse Alquilar.</translation>
    </message>
    <message>
        <source>Stopped before the price was confirmed.</source>
        <translation>Se detuvo antes de confirmar el precio.</translation>
    </message>
    <message>
        <source>Could not confirm availability and price; the number cannot be rented until they are confirmed.</source>
        <translation>No se pudo confirmar la disponibilidad ni el precio; el número no se puede alquilar hasta confirmarlos.</translation>
    </message>
    <message>
        <source>Looking up the current price of matching numbers…</source>
        <translation>Consultando el precio actual de los números coincidentes…</translation>
    </message>
    <message>
        <source>Could not look up the price; nothing can be rented until it is known.</source>
        <translation>No se pudo consultar el precio; no se puede alquilar nada hasta conocerlo.</translation>
    </message>
    <message>
        <source>No matching number is available right now.</source>
        <translation>No hay ningún número coincidente disponible ahora mismo.</translation>
    </message>
    <message>
        <source>Matching numbers have different prices; the highest current price is shown. The number you get may cost less.</source>
        <translation>Los números coincidentes tienen precios distintos; se muestra el precio actual más alto. El número que obtenga puede costar menos.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching number(s) available. You cannot choose which one you get.</source>
        <translation>
            <numerusform>%n número coincidente disponible. No puede elegir cuál obtiene.</numerusform>
            <numerusform>%n números coincidentes disponibles. No puede elegir cuál obtiene.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rent any matching number?</source>
        <translation>¿Alquilar cualquier número coincidente?</translation>
    </message>
    <message>
        <source>Rent %1?</source>
        <translation>¿Alquilar %1?</translation>
    </message>
    <message>
        <source>You cannot choose which number you get.</source>
        <translation>No puede elegir qué número obtiene.</translation>
    </message>
    <message>
        <source>Confirm Rent</source>
        <translation>Confirmar alquiler</translation>
    </message>
    <message>
        <source>&amp;Rent and Pay</source>
        <translation>&amp;Alquilar y pagar</translation>
    </message>
    <message>
        <source>Renting %1…</source>
        <translation>Alquilando %1…</translation>
    </message>
    <message>
        <source>Preparing: listing your current numbers so the result can be verified…</source>
        <translation>Preparando: listando sus números actuales para poder verificar el resultado…</translation>
    </message>
    <message>
        <source>Renting a matching number…</source>
        <translation>Alquilando un número coincidente…</translation>
    </message>
    <message>
        <source>Nothing was rented.</source>
        <translation>No se alquiló nada.</translation>
    </message>
    <message>
        <source>%1 is now rented. Next charge: %2.</source>
        <translation>%1 ya está alquilado. Próximo cargo: %2.</translation>
    </message>
    <message>
        <source>The configuration is applied in the background:</source>
        <translation>La configuración se aplica en segundo plano:</translation>
    </message>
    <message>
        <source>Rented %1.</source>
        <translation>%1 alquilado.</translation>
    </message>
    <message>
        <source>Checking whether %1 was rented…</source>
        <translation>Comprobando si se alquiló %1…</translation>
    </message>
    <message>
        <source>Unknown whether %1 was rented.</source>
        <translation>Se desconoce si se alquiló %1.</translation>
    </message>
    <message>
        <source>Please wait until the check finishes, or press Stop.</source>
        <translation>Espere a que termine la comprobación o pulse Detener.</translation>
    </message>
    <message>
        <source>Not rented by you: it already belongs to this project.</source>
        <translation>No lo alquiló usted: ya pertenece a este proyecto.</translation>
    </message>
    <message>
        <source>The server is busy (rate limit): waiting to send the rent again. Nothing has been rented yet.</source>
        <translation>El servidor está ocupado (límite de frecuencia): esperando para volver a enviar el alquiler. Todavía no se ha alquilado nada.</translation>
    </message>
    <message>
        <source>No clear answer from the server. Checking whether the rent went through; it will not be sent again.</source>
        <translation>Sin respuesta clara del servidor. Se está comprobando si el alquiler se realizó; no se volverá a enviar.</translation>
    </message>
    <message>
        <source>Press “Check again” to read the state once more; nothing is sent.</source>
        <translation>Pulse «Comprobar de nuevo» para volver a leer el estado; no se envía nada.</translation>
    </message>
</context>
<context>
    <name>nd::RentSteps</name>
    <message>
        <source>%1: could not be checked (%2); left out.</source>
        <translation>%1: no se pudo comprobar (%2); excluido.</translation>
    </message>
    <message>
        <source>Left out.</source>
        <translation>Excluido.</translation>
    </message>
</context>
<context>
    <name>nd::SearchPanel</name>
    <message>
        <source>Note about the digit pattern</source>
        <translation>Nota sobre el patrón de dígitos</translation>
    </message>
    <message>
        <source>“%1” was cleared: numbers of %2 start with +%3.</source>
        <translation>Se ha borrado «%1»: los números de %2 empiezan por +%3.</translation>
    </message>
    <message>
        <source>“%1” cannot match: numbers of %2 start with +%3. Leave out the country code or use +%3.</source>
        <translation>«%1» no puede coincidir: los números de %2 empiezan por +%3. Omita el prefijo del país o use +%3.</translation>
    </message>
    <message>
        <source>Results of the previous search (%1). Press Search to update them.</source>
        <translation>Resultados de la búsqueda anterior (%1). Pulse Buscar para actualizarlos.</translation>
    </message>
    <message>
        <source>starting with %1</source>
        <translation>que empiezan por %1</translation>
    </message>
    <message>
        <source>ending with %1</source>
        <translation>que terminan en %1</translation>
    </message>
    <message>
        <source>containing %1</source>
        <translation>que contienen %1</translation>
    </message>
    <message numerus="yes">
        <source>at most %n</source>
        <translation>
            <numerusform>como máximo %n</numerusform>
            <numerusform>como máximo %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a region on the left, then Search.</source>
        <translation>Elija una región a la izquierda y pulse Buscar.</translation>
    </message>
    <message>
        <source>Press Search to list the available numbers of %1.</source>
        <translation>Pulse Buscar para ver los números disponibles de %1.</translation>
    </message>
</context>
<context>
    <name>nd::SecretStore</name>
    <message numerus="yes">
        <source>The system keychain is not available: it did not answer within %n s.</source>
        <translation>
            <numerusform>El llavero del sistema no está disponible: no respondió en %n s.</numerusform>
            <numerusform>El llavero del sistema no está disponible: no respondió en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>El llavero del sistema no está disponible: %1</translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation>No se puede leer el archivo de secretos %1: %2</translation>
    </message>
    <message>
        <source>The secret file %1 is damaged. Fix or remove it, then enter the key secret again.</source>
        <translation>El archivo de secretos %1 está dañado. Corríjalo o elimínelo y vuelva a introducir el secreto de la clave.</translation>
    </message>
    <message>
        <source>Cannot save the secret file %1: %2</source>
        <translation>No se puede guardar el archivo de secretos %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>No key secret is stored for the profile &quot;%1&quot;.</source>
        <translation>No hay ningún secreto de clave guardado para el perfil «%1».</translation>
    </message>
    <message>
        <source>The system keychain returned a different value than was stored.</source>
        <translation>El llavero del sistema devolvió un valor distinto del guardado.</translation>
    </message>
    <message>
        <source>The system keychain was not used: its password prompt was cancelled.</source>
        <translation>No se usó el llavero del sistema: se canceló su solicitud de contraseña.</translation>
    </message>
</context>
<context>
    <name>nd::SendTestTab</name>
    <message>
        <source>Se&amp;nd</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <source>Your endpoint, e.g. http://127.0.0.1:8080/sinch/numbers</source>
        <translation>Su punto de conexión, p. ej. http://127.0.0.1:8080/sinch/numbers</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable phone number: %2</source>
        <translation>«%1» no es un número de teléfono utilizable: %2</translation>
    </message>
    <message>
        <source>Send a test callback?</source>
        <translation>¿Enviar una devolución de llamada de prueba?</translation>
    </message>
    <message>
        <source>Send a signed test event to %1? It is signed with the project&apos;s real secret.</source>
        <translation>¿Enviar un evento de prueba firmado a %1? Se firma con el secreto real del proyecto.</translation>
    </message>
    <message>
        <source>Not connected: the project&apos;s secret cannot be read.</source>
        <translation>Sin conexión: no se puede leer el secreto del proyecto.</translation>
    </message>
    <message>
        <source>Reading the project&apos;s callback secret…</source>
        <translation>Leyendo el secreto de devolución de llamada del proyecto…</translation>
    </message>
    <message>
        <source>The project&apos;s callback secret could not be read: %1</source>
        <translation>No se pudo leer el secreto de devolución de llamada del proyecto: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Enviado:</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Sin respuesta: %1</translation>
    </message>
    <message>
        <source>Answer: HTTP %1 %2 in %3 ms</source>
        <translation>Respuesta: HTTP %1 %2 en %3 ms</translation>
    </message>
    <message>
        <source>A receiver should answer 2xx to a callback it accepts; Sinch retries the others.</source>
        <translation>Un receptor debe responder 2xx a una devolución de llamada que acepta; Sinch reintenta las demás.</translation>
    </message>
</context>
<context>
    <name>nd::SessionController</name>
    <message>
        <source>Waiting for the keychain: answer the password prompt of your desktop.</source>
        <translation>Esperando al llavero: responda a la solicitud de contraseña de su escritorio.</translation>
    </message>
    <message>
        <source>Reading the key secret…</source>
        <translation>Leyendo el secreto de la clave…</translation>
    </message>
    <message>
        <source>Profile “%1” has no usable key secret: %2
Open File → Settings to enter it.</source>
        <translation>El perfil «%1» no tiene un secreto de clave utilizable: %2
Abra Archivo → Configuración para introducirlo.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>No se pudo iniciar el entorno de pruebas integrado: %1</translation>
    </message>
    <message>
        <source>Profile “%1” cannot be used: %2
Open File → Settings to fix it.</source>
        <translation>El perfil «%1» no se puede usar: %2
Abra Archivo → Configuración para corregirlo.</translation>
    </message>
</context>
<context>
    <name>nd::SettingsDialog</name>
    <message>
        <source>OAuth2 (recommended)</source>
        <translation>OAuth2 (recomendado)</translation>
    </message>
    <message>
        <source>Basic (testing only; heavily rate-limited)</source>
        <translation>Basic (solo para pruebas; frecuencia muy limitada)</translation>
    </message>
    <message>
        <source>Stored securely; type to replace</source>
        <translation>Guardado de forma segura; escriba para sustituirlo</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Hide the key secret</source>
        <translation>Ocultar el secreto de la clave</translation>
    </message>
    <message>
        <source>Show the key secret</source>
        <translation>Mostrar el secreto de la clave</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (integrado)</translation>
    </message>
    <message>
        <source>Shown once when the key is created</source>
        <translation>Se muestra una sola vez al crear la clave</translation>
    </message>
    <message>
        <source>Warning: the key secret of this profile is stored in %1, a file readable only by you. That is less protected than the system keychain.</source>
        <translation>Advertencia: el secreto de la clave de este perfil se guarda en %1, un archivo que solo usted puede leer. Está menos protegido que el llavero del sistema.</translation>
    </message>
    <message>
        <source>The key secret of this profile is kept only until NumberDesk quits.</source>
        <translation>El secreto de la clave de este perfil solo se conserva hasta que se cierre NumberDesk.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>New profile %1</source>
        <translation>Perfil nuevo %1</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Quitar perfil</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation>¿Quitar el perfil «%1»?</translation>
    </message>
    <message>
        <source>Its stored key secret is deleted too. The Sinch project and its numbers are not affected.</source>
        <translation>También se elimina su secreto de clave guardado. El proyecto de Sinch y sus números no se ven afectados.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>The profile was removed, but its secret could not be deleted: %1</source>
        <translation>Se quitó el perfil, pero no se pudo eliminar su secreto: %1</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>Perfil «%1» guardado.</translation>
    </message>
    <message>
        <source>The stored key secret could not be moved to the new name: %1</source>
        <translation>No se pudo trasladar el secreto de clave guardado al nuevo nombre: %1</translation>
    </message>
    <message>
        <source>Profile “%1” saved; its key secret is in the system keychain.</source>
        <translation>Perfil «%1» guardado; su secreto de clave está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Keychain Unavailable</source>
        <translation>Llavero no disponible</translation>
    </message>
    <message>
        <source>The key secret of “%1” cannot be stored in the system keychain.</source>
        <translation>El secreto de la clave de «%1» no se puede guardar en el llavero del sistema.</translation>
    </message>
    <message>
        <source>%1

You can keep the secret only until NumberDesk quits (you will have to enter it again next time), or store it in a file that only your user account can read (%2). The file is not encrypted.</source>
        <translation>%1

Puede conservar el secreto solo hasta que se cierre NumberDesk (tendrá que introducirlo de nuevo la próxima vez) o guardarlo en un archivo que solo su cuenta de usuario puede leer (%2). El archivo no está cifrado.</translation>
    </message>
    <message>
        <source>Keep for This &amp;Session Only</source>
        <translation>Conservar solo en esta &amp;sesión</translation>
    </message>
    <message>
        <source>Store in a &amp;File Only I Can Read</source>
        <translation>Guardar en un &amp;archivo que solo yo puedo leer</translation>
    </message>
    <message>
        <source>Profile “%1” was saved without its key secret. Enter the secret again to use the profile.</source>
        <translation>El perfil «%1» se guardó sin su secreto de clave. Vuelva a introducir el secreto para usar el perfil.</translation>
    </message>
    <message>
        <source>Profile “%1” saved. Its key secret is in a file readable only by you: less protected than the system keychain.</source>
        <translation>Perfil «%1» guardado. Su secreto de clave está en un archivo que solo usted puede leer: menos protegido que el llavero del sistema.</translation>
    </message>
    <message>
        <source>Profile “%1” saved. Its key secret is kept until NumberDesk quits.</source>
        <translation>Perfil «%1» guardado. Su secreto de clave se conserva hasta que se cierre NumberDesk.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Not tested.</source>
        <translation>Sin probar.</translation>
    </message>
    <message numerus="yes">
        <source>Connection works: %n region(s) available.</source>
        <translation>
            <numerusform>La conexión funciona: %n región disponible.</numerusform>
            <numerusform>La conexión funciona: %n regiones disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection failed.</source>
        <translation>La conexión ha fallado.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Waiting for the keychain: answer the password prompt of your desktop.</source>
        <translation>Esperando al llavero: responda a la solicitud de contraseña de su escritorio.</translation>
    </message>
    <message>
        <source>Not needed for the Sandbox</source>
        <translation>No es necesario para el perfil Sandbox</translation>
    </message>
    <message>
        <source>Stored in a file; type to replace</source>
        <translation>Guardado en un archivo; escriba para sustituirlo</translation>
    </message>
    <message>
        <source>Kept until NumberDesk quits; type to replace</source>
        <translation>Se conserva hasta que se cierre NumberDesk; escriba para sustituirlo</translation>
    </message>
    <message>
        <source>How many pages of the inventory are requested at once when the local mirror is synced. %1 suits most connections; over a slow or distant one, up to %2 makes the sync faster. When the server limits the request rate, the sync slows down by itself.</source>
        <translation>Cuántas páginas del inventario se piden a la vez al sincronizar la copia local. %1 sirve para la mayoría de las conexiones; en una conexión lenta o lejana, hasta %2 acelera la sincronización. Cuando el servidor limita la tasa de solicitudes, la sincronización se ralentiza por sí sola.</translation>
    </message>
</context>
<context>
    <name>nd::SignatureCheckTab</name>
    <message>
        <source>The request body exactly as received: every byte counts, even a final newline</source>
        <translation>El cuerpo de la solicitud exactamente como se recibió: cuenta cada byte, incluso un salto de línea final</translation>
    </message>
    <message>
        <source>The X-Sinch-Signature header value (40 hexadecimal digits)</source>
        <translation>El valor de la cabecera X-Sinch-Signature (40 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>The project&apos;s HMAC secret</source>
        <translation>El secreto HMAC del proyecto</translation>
    </message>
    <message>
        <source>Optional: the previous secret, during a rotation</source>
        <translation>Opcional: el secreto anterior, durante una rotación</translation>
    </message>
    <message>
        <source>Raw &amp;body:</source>
        <translation>Cuerpo en &amp;bruto:</translation>
    </message>
    <message>
        <source>&amp;Signature header:</source>
        <translation>Cabecera de &amp;firma:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>S&amp;ecreto:</translation>
    </message>
    <message>
        <source>&amp;Previous secret:</source>
        <translation>Secreto &amp;anterior:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Veredicto:</translation>
    </message>
    <message>
        <source>Expected signature:</source>
        <translation>Firma esperada:</translation>
    </message>
    <message>
        <source>Enter the secret to check the signature.</source>
        <translation>Introduzca el secreto para comprobar la firma.</translation>
    </message>
</context>
<context>
    <name>nd::SmsErrorText</name>
    <message>
        <source>No specific reason was given</source>
        <translation>No se indicó ningún motivo concreto</translation>
    </message>
    <message>
        <source>Sinch had an internal failure</source>
        <translation>Sinch sufrió un fallo interno</translation>
    </message>
    <message>
        <source>Linking the number to the SMS service plan failed</source>
        <translation>No se pudo vincular el número al plan de servicio SMS</translation>
    </message>
    <message>
        <source>Linking the number to the 10DLC campaign failed</source>
        <translation>No se pudo vincular el número a la campaña 10DLC</translation>
    </message>
    <message>
        <source>The 10DLC campaign is not available</source>
        <translation>La campaña 10DLC no está disponible</translation>
    </message>
    <message>
        <source>The 10DLC number limit has been reached</source>
        <translation>Se ha alcanzado el límite de números 10DLC</translation>
    </message>
    <message>
        <source>Provisioning the number failed</source>
        <translation>No se pudo aprovisionar el número</translation>
    </message>
    <message>
        <source>A partner service is unavailable; try again later</source>
        <translation>Un servicio asociado no está disponible; inténtelo más tarde</translation>
    </message>
    <message>
        <source>The 10DLC campaign has not been accepted yet</source>
        <translation>La campaña 10DLC aún no ha sido aceptada</translation>
    </message>
    <message>
        <source>Sharing the campaign with the mobile operators failed</source>
        <translation>No se pudo compartir la campaña con los operadores móviles</translation>
    </message>
    <message>
        <source>The 10DLC campaign has expired</source>
        <translation>La campaña 10DLC ha caducado</translation>
    </message>
    <message>
        <source>A mobile operator rejected the campaign</source>
        <translation>Un operador móvil ha rechazado la campaña</translation>
    </message>
    <message>
        <source>A mobile operator suspended the campaign</source>
        <translation>Un operador móvil ha suspendido la campaña</translation>
    </message>
    <message>
        <source>The campaign is under review by a mobile operator</source>
        <translation>Un operador móvil está revisando la campaña</translation>
    </message>
    <message>
        <source>The account balance is too low to pay the fees</source>
        <translation>El saldo de la cuenta no alcanza para pagar las tarifas</translation>
    </message>
    <message>
        <source>Test (mock) campaigns are not allowed</source>
        <translation>No se permiten campañas de prueba (simuladas)</translation>
    </message>
    <message>
        <source>Toll-free numbers are not allowed for this</source>
        <translation>No se permiten números gratuitos para esto</translation>
    </message>
    <message>
        <source>The NNID is invalid</source>
        <translation>El NNID no es válido</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Error desconocido</translation>
    </message>
</context>
<context>
    <name>nd::SmsVoiceConfigWidget</name>
    <message>
        <source>Voice API app (RTC)</source>
        <translation>Aplicación de Voice API (RTC)</translation>
    </message>
    <message>
        <source>Elastic SIP trunk (EST)</source>
        <translation>Troncal SIP elástica (EST)</translation>
    </message>
    <message>
        <source>Fax service (FAX)</source>
        <translation>Servicio de fax (FAX)</translation>
    </message>
    <message>
        <source>Trunk &amp;ID:</source>
        <translation>&amp;ID de la troncal:</translation>
    </message>
    <message>
        <source>Elastic SIP trunk ID</source>
        <translation>ID de la troncal SIP elástica</translation>
    </message>
    <message>
        <source>The SIP trunk that receives the calls</source>
        <translation>La troncal SIP que recibe las llamadas</translation>
    </message>
    <message>
        <source>Service &amp;ID:</source>
        <translation>&amp;ID del servicio:</translation>
    </message>
    <message>
        <source>Fax service ID</source>
        <translation>ID del servicio de fax</translation>
    </message>
    <message>
        <source>The Fax API service that receives faxes</source>
        <translation>El servicio de Fax API que recibe los faxes</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>&amp;ID de la aplicación:</translation>
    </message>
    <message>
        <source>Voice API app ID</source>
        <translation>ID de la aplicación de Voice API</translation>
    </message>
    <message>
        <source>The Voice API application that handles the calls</source>
        <translation>La aplicación de Voice API que gestiona las llamadas</translation>
    </message>
    <message>
        <source>Enter the service plan ID, or switch SMS off.</source>
        <translation>Introduzca el ID del plan de servicio o desactive los SMS.</translation>
    </message>
    <message>
        <source>A campaign can only be linked together with a service plan: enter the service plan ID.</source>
        <translation>Una campaña solo se puede vincular junto con un plan de servicio: introduzca el ID del plan de servicio.</translation>
    </message>
    <message>
        <source>IDs cannot contain spaces.</source>
        <translation>Los ID no pueden contener espacios.</translation>
    </message>
    <message>
        <source>Enter the ID of the %1, or switch voice off.</source>
        <translation>Introduzca el ID de «%1» o desactive la voz.</translation>
    </message>
    <message>
        <source>The callback URL must be a web address starting with https:// (or http://) followed by a host name.</source>
        <translation>La URL de devolución de llamada debe ser una dirección web que empiece por https:// (o http://) seguida de un nombre de host.</translation>
    </message>
</context>
<context>
    <name>nd::cli::ActivityCommand</name>
    <message>
        <source>the activity log cannot be read: %1</source>
        <translation>no se puede leer el registro de actividad: %1</translation>
    </message>
    <message>
        <source>the activity log could not be exported: %1</source>
        <translation>no se pudo exportar el registro de actividad: %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Cost effect</source>
        <translation>Efecto en el coste</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>No recorded actions match (activity log: %1).</source>
        <translation>Ninguna acción registrada coincide (registro de actividad: %1).</translation>
    </message>
</context>
<context>
    <name>nd::cli::BillableCommands</name>
    <message>
        <source>  SMS service plan: unlink</source>
        <translation>  Plan de servicio SMS: desvincular</translation>
    </message>
    <message>
        <source>  SMS service plan: %1</source>
        <translation>  Plan de servicio SMS: %1</translation>
    </message>
    <message>
        <source>  10DLC campaign: unlink</source>
        <translation>  Campaña 10DLC: desvincular</translation>
    </message>
    <message>
        <source>  10DLC campaign: %1</source>
        <translation>  Campaña 10DLC: %1</translation>
    </message>
    <message>
        <source>  Voice (%1): unlink</source>
        <translation>  Voz (%1): desvincular</translation>
    </message>
    <message>
        <source>  Voice (%1): %2</source>
        <translation>  Voz (%1): %2</translation>
    </message>
    <message>
        <source>  Callback URL: remove</source>
        <translation>  URL de devolución de llamada: quitar</translation>
    </message>
    <message>
        <source>  Callback URL: %1</source>
        <translation>  URL de devolución de llamada: %1</translation>
    </message>
    <message>
        <source>  Pattern: %1 anywhere in the number (CONTAINS)</source>
        <translation>  Patrón: %1 en cualquier parte del número (CONTAINS)</translation>
    </message>
    <message>
        <source>  Pattern: number ends with %1 (END)</source>
        <translation>  Patrón: el número termina en %1 (END)</translation>
    </message>
    <message>
        <source>  Pattern: number starts with %1 (START)</source>
        <translation>  Patrón: el número empieza por %1 (START)</translation>
    </message>
    <message>
        <source>Renting %1 (%2, %3, %4).
  Setup price: %5
  Then %6 every %7</source>
        <translation>Alquilando %1 (%2, %3, %4).
  Precio de alta: %5
  Después %6 por %7</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>billing period</source>
        <translation>período de facturación</translation>
    </message>
    <message>
        <source>  Supporting (regulatory) documentation is required for this number.</source>
        <translation>  Este número requiere documentación acreditativa (reglamentaria).</translation>
    </message>
    <message>
        <source>Renting any %1 %2 number.</source>
        <translation>Alquilando cualquier número (%1, %2).</translation>
    </message>
    <message>
        <source>  Capabilities: %1</source>
        <translation>  Funciones: %1</translation>
    </message>
    <message>
        <source>  The number and its price are chosen by Sinch (see &apos;available search&apos; for typical prices); you are billed its setup and recurring price.</source>
        <translation>  Sinch elige el número y su precio (consulte «available search» para ver precios habituales); se le factura su cuota de alta y su precio recurrente.</translation>
    </message>
    <message>
        <source>%1 already has these settings: nothing to change.</source>
        <translation>%1 ya tiene esta configuración: nada que cambiar.</translation>
    </message>
    <message>
        <source>Updating %1:</source>
        <translation>Actualizando %1:</translation>
    </message>
    <message numerus="yes">
        <source>  This takes %n requests: the API links a number to another service plan or campaign only after the old one was unlinked; until the new link is provisioned the number cannot send or receive SMS.</source>
        <translation>
            <numerusform>  Esto requiere %n solicitud: la API vincula un número a otro plan de servicio o campaña solo después de desvincular el anterior; hasta que se aprovisione el nuevo vínculo, el número no puede enviar ni recibir SMS.</numerusform>
            <numerusform>  Esto requiere %n solicitudes: la API vincula un número a otro plan de servicio o campaña solo después de desvincular el anterior; hasta que se aprovisione el nuevo vínculo, el número no puede enviar ni recibir SMS.</numerusform>
        </translation>
    </message>
    <message>
        <source>Releasing %1 (%2, %3%4).</source>
        <translation>Liberando %1 (%2, %3%4).</translation>
    </message>
    <message>
        <source>  You currently pay %1 every %2.</source>
        <translation>  Actualmente paga %1 por %2.</translation>
    </message>
    <message>
        <source>  The number stays yours until the end of the paid period (%1), then it is returned to the inventory.</source>
        <translation>  El número sigue siendo suyo hasta el final del período pagado (%1) y después vuelve al inventario.</translation>
    </message>
    <message>
        <source>  The number stays yours until the end of the paid period, then it is returned to the inventory.</source>
        <translation>  El número sigue siendo suyo hasta el final del período pagado y después vuelve al inventario.</translation>
    </message>
    <message>
        <source>  This cannot be undone.</source>
        <translation>  No se puede deshacer.</translation>
    </message>
    <message>
        <source>  Note: it is already being released (expires %1).</source>
        <translation>  Nota: ya se está liberando (vence el %1).</translation>
    </message>
    <message>
        <source>Setting the emergency address of %1 to:
  %2 (%3)
  Emergency services will be sent to this address. Tip: run &apos;emergency validate&apos; first.</source>
        <translation>Estableciendo la dirección de emergencia de %1 en:
  %2 (%3)
  Los servicios de emergencia se enviarán a esta dirección. Consejo: ejecute antes «emergency validate».</translation>
    </message>
    <message>
        <source>  It replaces: %1</source>
        <translation>  Sustituye a: %1</translation>
    </message>
    <message>
        <source>%1 has no emergency address: nothing to remove.</source>
        <translation>%1 no tiene dirección de emergencia: nada que quitar.</translation>
    </message>
    <message>
        <source>Removing the emergency address of %1:
  %2
  Emergency calls from this number will have no dispatch address.</source>
        <translation>Quitando la dirección de emergencia de %1:
  %2
  Las llamadas de emergencia desde este número no tendrán dirección para los servicios de emergencia.</translation>
    </message>
    <message>
        <source>the HMAC secret must be 32 to 64 characters of A-Z, a-z, 0-9 and - (the one given has length %1)</source>
        <translation>el secreto HMAC debe tener de 32 a 64 caracteres entre A-Z, a-z, 0-9 y - (el indicado tiene longitud %1)</translation>
    </message>
    <message>
        <source>Replacing the callback HMAC secret of project %1.
  Receivers still verifying signatures with the old secret will reject new events until they are updated.</source>
        <translation>Sustituyendo el secreto HMAC de devolución de llamada del proyecto %1.
  Los receptores que sigan verificando firmas con el secreto anterior rechazarán los eventos nuevos hasta que se actualicen.</translation>
    </message>
</context>
<context>
    <name>nd::cli::BulkCommands</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: &apos;%3&apos;: %4</source>
        <translation>%1:%2: «%3»: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 are not usable phone numbers: nothing was started</source>
        <translation>
            <numerusform>%n línea de %1 no es un número de teléfono utilizable: no se inició nada</numerusform>
            <numerusform>%n líneas de %1 no son números de teléfono utilizables: no se inició nada</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no phone numbers: nothing was started</source>
        <translation>%1 no contiene números de teléfono: no se inició nada</translation>
    </message>
    <message>
        <source>there is no local inventory yet at %1: run &apos;numberdesk-cli inventory sync&apos; first (with the same connection options)</source>
        <translation>todavía no hay inventario local en %1: ejecute antes «numberdesk-cli inventory sync» (con las mismas opciones de conexión)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 every %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>already so: nothing to send</source>
        <translation>ya está así: nada que enviar</translation>
    </message>
    <message>
        <source>release: stops %1</source>
        <translation>liberar: deja de cobrarse %1</translation>
    </message>
    <message>
        <source>rent: setup %1, then %2</source>
        <translation>alquilar: alta %1, después %2</translation>
    </message>
    <message>
        <source>remove the emergency address</source>
        <translation>quitar la dirección de emergencia</translation>
    </message>
    <message>
        <source>  Setup prices: %1</source>
        <translation>  Precios de alta: %1</translation>
    </message>
    <message>
        <source>  Recurring prices that start: %1</source>
        <translation>  Precios recurrentes que empiezan: %1</translation>
    </message>
    <message>
        <source>  Recurring prices that stop: %1</source>
        <translation>  Precios recurrentes que dejan de cobrarse: %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n number(s) already have these settings: nothing is sent for them.</source>
        <translation>
            <numerusform>  %n número ya tiene esta configuración: no se envía nada para él.</numerusform>
            <numerusform>  %n números ya tienen esta configuración: no se envía nada para ellos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renting %n number(s) (billable).</source>
        <translation>
            <numerusform>Alquilando %n número (se factura).</numerusform>
            <numerusform>Alquilando %n números (se factura).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updating %n number(s).</source>
        <translation>
            <numerusform>Actualizando %n número.</numerusform>
            <numerusform>Actualizando %n números.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Releasing %n number(s) at the end of their paid periods. This cannot be undone.</source>
        <translation>
            <numerusform>Liberando %n número al final de su período pagado. No se puede deshacer.</numerusform>
            <numerusform>Liberando %n números al final de sus períodos pagados. No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Simulación: no se envió nada.</translation>
    </message>
    <message>
        <source>Job ID: %1</source>
        <translation>ID de la tarea: %1</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more (&apos;--dry-run&apos; lists them all).</source>
        <translation>
            <numerusform>  … y %n más («--dry-run» los lista todos).</numerusform>
            <numerusform>  … y %n más («--dry-run» los lista todos).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not one of your numbers in the local inventory</source>
        <translation>%1: no es uno de sus números del inventario local</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) of %1 are not in the local inventory (%2): nothing was started. Run &apos;numberdesk-cli inventory sync&apos; if they were rented since the last sync.</source>
        <translation>
            <numerusform>%n número de %1 no está en el inventario local (%2): no se inició nada. Ejecute «numberdesk-cli inventory sync» si se alquiló después de la última sincronización.</numerusform>
            <numerusform>%n números de %1 no están en el inventario local (%2): no se inició nada. Ejecute «numberdesk-cli inventory sync» si se alquilaron después de la última sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <source>no numbers of the local inventory match: nothing was started</source>
        <translation>ningún número del inventario local coincide: no se inició nada</translation>
    </message>
    <message>
        <source>Selected from the local inventory synced %1.</source>
        <translation>Seleccionados del inventario local sincronizado el %1.</translation>
    </message>
    <message>
        <source>the numbers of %1 cost more than --max-recurring %2 in total: nothing was started</source>
        <translation>los números de %1 cuestan en total más que --max-recurring %2: no se inició nada</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) left out to stay within --max-recurring %1.</source>
        <translation>
            <numerusform>Se excluyó %n oferta para no superar --max-recurring %1.</numerusform>
            <numerusform>Se excluyeron %n ofertas para no superar --max-recurring %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>no number can be rented: nothing was started</source>
        <translation>no se puede alquilar ningún número: no se inició nada</translation>
    </message>
    <message>
        <source>Only %1 of the %2 numbers asked for are on offer.</source>
        <translation>Solo se ofrecen %1 de los %2 números solicitados.</translation>
    </message>
    <message>
        <source>remove the emergency address: %1</source>
        <translation>quitar la dirección de emergencia: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removing the emergency address of %n number(s). Emergency calls from them will have no dispatch address.</source>
        <translation>
            <numerusform>Quitando la dirección de emergencia de %n número. Las llamadas de emergencia desde él no tendrán dirección para los servicios de emergencia.</numerusform>
            <numerusform>Quitando la dirección de emergencia de %n números. Las llamadas de emergencia desde ellos no tendrán dirección para los servicios de emergencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no emergency address: nothing to remove; left out.</source>
        <translation>%1 no tiene dirección de emergencia: no hay nada que quitar; excluido.</translation>
    </message>
    <message>
        <source>%1: the emergency address could not be read (%2); left out.</source>
        <translation>%1: no se pudo leer la dirección de emergencia (%2); excluido.</translation>
    </message>
    <message>
        <source>None of these numbers has an emergency address: nothing was started.</source>
        <translation>Ninguno de estos números tiene dirección de emergencia: no se inició nada.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the emergency addresses of %n number(s)...</source>
        <translation>
            <numerusform>Leyendo la dirección de emergencia de %n número...</numerusform>
            <numerusform>Leyendo las direcciones de emergencia de %n números...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::cli::BulkJob</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizados</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizados</translation>
    </message>
    <message>
        <source>By other</source>
        <translation>Por otros</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocidos</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 (%2, %3): %4 of %n number(s) done, %5 already so or done by someone else, %6 not done, %7 unknown, %8 pending.</source>
        <translation>
            <numerusform>Tarea %1 (%2, %3): %4 de %n número realizados, %5 ya así o realizados por otra persona, %6 no realizados, %7 desconocidos, %8 pendientes.</numerusform>
            <numerusform>Tarea %1 (%2, %3): %4 de %n números realizados, %5 ya así o realizados por otra persona, %6 no realizados, %7 desconocidos, %8 pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message numerus="yes">
        <source>Reading back %n step(s) that were in flight when the job stopped...</source>
        <translation>
            <numerusform>Releyendo %n paso que estaba en curso cuando se detuvo la tarea...</numerusform>
            <numerusform>Releyendo %n pasos que estaban en curso cuando se detuvo la tarea...</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1: %2 of %3 numbers finished...</source>
        <translation>Tarea %1: %2 de %3 números terminados...</translation>
    </message>
    <message>
        <source>Job %1: %2 of %3 numbers finished, about %4 left...</source>
        <translation>Tarea %1: %2 de %3 números terminados, quedan unos %4...</translation>
    </message>
    <message>
        <source>Rate limited by the server: every step waits %1...</source>
        <translation>El servidor limita la frecuencia: cada paso espera %1...</translation>
    </message>
    <message>
        <source>job %1 stopped: %2 Resume it with &apos;numberdesk-cli bulk resume %1&apos;.</source>
        <translation>la tarea %1 se detuvo: %2 Reanúdela con «numberdesk-cli bulk resume %1».</translation>
    </message>
    <message>
        <source>job %1 paused; resume it with &apos;numberdesk-cli bulk resume %1&apos;.</source>
        <translation>tarea %1 en pausa; reanúdela con «numberdesk-cli bulk resume %1».</translation>
    </message>
    <message>
        <source>To try the numbers not done again: numberdesk-cli bulk resume %1</source>
        <translation>Para reintentar los números no realizados: numberdesk-cli bulk resume %1</translation>
    </message>
    <message>
        <source>Check the numbers whose outcome is unknown (&apos;bulk status %1&apos;) before trying again.</source>
        <translation>Compruebe los números cuyo resultado es desconocido («bulk status %1») antes de reintentar.</translation>
    </message>
    <message>
        <source>there is no job %1 in %2</source>
        <translation>no existe la tarea %1 en %2</translation>
    </message>
    <message>
        <source>No bulk jobs yet (journal: %1).</source>
        <translation>Todavía no hay tareas por lotes (diario: %1).</translation>
    </message>
    <message>
        <source>job %1 belongs to project %2, not %3: use the same connection options as when it was started</source>
        <translation>la tarea %1 pertenece al proyecto %2, no a %3: use las mismas opciones de conexión que al iniciarla</translation>
    </message>
    <message>
        <source>job %1 was cancelled: start a new job for the numbers it did not do (&apos;bulk status %1&apos; lists them)</source>
        <translation>la tarea %1 se canceló: inicie una tarea nueva para los números que no realizó («bulk status %1» los lista)</translation>
    </message>
    <message>
        <source>job %1 is running in another NumberDesk process</source>
        <translation>la tarea %1 se está ejecutando en otro proceso de NumberDesk</translation>
    </message>
    <message>
        <source>Job %1 has nothing left to do.</source>
        <translation>A la tarea %1 no le queda nada por hacer.</translation>
    </message>
    <message numerus="yes">
        <source>Resuming job %1 (%2 of %n number(s)).</source>
        <translation>
            <numerusform>Reanudando la tarea %1 (%2 de %n número).</numerusform>
            <numerusform>Reanudando la tarea %1 (%2 de %n números).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n step(s) were in flight when it stopped: their state is read back first, and only what is certainly not done is sent again.</source>
        <translation>
            <numerusform>  %n paso estaba en curso cuando se detuvo: primero se relee su estado y solo se vuelve a enviar lo que seguro que no se realizó.</numerusform>
            <numerusform>  %n pasos estaban en curso cuando se detuvo: primero se relee su estado y solo se vuelve a enviar lo que seguro que no se realizó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n number(s) to do.</source>
        <translation>
            <numerusform>  %n número por hacer.</numerusform>
            <numerusform>  %n números por hacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>job %1 is running in another NumberDesk process: press Ctrl+C there (it pauses after the steps in flight), then cancel it</source>
        <translation>la tarea %1 se está ejecutando en otro proceso de NumberDesk: pulse Ctrl+C allí (se pausa tras los pasos en curso) y después cancélela</translation>
    </message>
    <message>
        <source>Job %1 is already %2.</source>
        <translation>La tarea %1 ya está en estado «%2».</translation>
    </message>
    <message numerus="yes">
        <source>Offers were taken by someone else: searching again for %n more number(s)...</source>
        <translation>
            <numerusform>Otra persona tomó ofertas: buscando de nuevo %n número más...</numerusform>
            <numerusform>Otra persona tomó ofertas: buscando de nuevo %n números más...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nd::cli::CallbackCommands</name>
    <message>
        <source>--body-file: %1 cannot be read: %2</source>
        <translation>--body-file: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>body: %1 bytes</source>
        <translation>cuerpo: %1 bytes</translation>
    </message>
    <message>
        <source>expected signature: %1</source>
        <translation>firma esperada: %1</translation>
    </message>
    <message>
        <source>expected with the previous secret: %1</source>
        <translation>esperada con el secreto anterior: %1</translation>
    </message>
    <message>
        <source>given signature: %1</source>
        <translation>firma indicada: %1</translation>
    </message>
    <message>
        <source>warning: the project&apos;s HMAC secret could not be read again: %1</source>
        <translation>advertencia: no se pudo volver a leer el secreto HMAC del proyecto: %1</translation>
    </message>
    <message>
        <source>Listening on %1 (set it as a number&apos;s callback URL; Ctrl+C stops)</source>
        <translation>Escuchando en %1 (configúrela como URL de devolución de llamada de un número; Ctrl+C detiene)</translation>
    </message>
    <message>
        <source>Sending a %1 %2 test event for %3, signed with the callback secret of project %4, to %5.</source>
        <translation>Enviando un evento de prueba %1 %2 para %3, firmado con el secreto de devolución de llamada del proyecto %4, a %5.</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>enviado: %1</translation>
    </message>
    <message>
        <source>X-Sinch-Signature: %1</source>
        <translation>X-Sinch-Signature: %1</translation>
    </message>
    <message>
        <source>answer: HTTP %1 %2 (%3 ms)</source>
        <translation>respuesta: HTTP %1 %2 (%3 ms)</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 no respondió: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: a receiver should answer 2xx to a callback it accepts</source>
        <translation>%1 respondió HTTP %2: un receptor debe responder 2xx a una devolución de llamada que acepta</translation>
    </message>
</context>
<context>
    <name>nd::cli::CliApp</name>
    <message>
        <source>Try &apos;numberdesk-cli --help&apos;.</source>
        <translation>Pruebe «numberdesk-cli --help».</translation>
    </message>
    <message>
        <source>Try &apos;numberdesk-cli %1 --help&apos;.</source>
        <translation>Pruebe «numberdesk-cli %1 --help».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; changes your account and needs confirmation, but standard input is not a terminal. Nothing was sent. Re-run with --yes to proceed.</source>
        <translation>«%1» modifica su cuenta y requiere confirmación, pero la entrada estándar no es un terminal. No se envió nada. Vuelva a ejecutarlo con --yes para continuar.</translation>
    </message>
    <message>
        <source>not confirmed: standard input is not a terminal (use --yes)</source>
        <translation>no confirmado: la entrada estándar no es un terminal (use --yes)</translation>
    </message>
    <message>
        <source>Type &quot;yes&quot; to continue: </source>
        <translation>Escriba &quot;yes&quot; para continuar: </translation>
    </message>
    <message>
        <source>not confirmed: nothing was changed</source>
        <translation>no confirmado: no se cambió nada</translation>
    </message>
    <message>
        <source>refusing to send &apos;%1&apos;: the activity log %2 cannot be written (%3). Nothing was sent. Fix the log file or choose another one with --audit-log FILE.</source>
        <translation>no se envía «%1»: no se puede escribir el registro de actividad %2 (%3). No se envió nada. Corrija el archivo de registro o elija otro con --audit-log FILE.</translation>
    </message>
    <message>
        <source>HTTP %1 (code %2): %3</source>
        <translation>HTTP %1 (código %2): %3</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1 %2 (code %3): %4</source>
        <translation>HTTP %1 %2 (código %3): %4</translation>
    </message>
    <message>
        <source>HTTP %1 %2: %3</source>
        <translation>HTTP %1 %2: %3</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>interrupted again: stopped without waiting for the outcome</source>
        <translation>interrumpido de nuevo: se detuvo sin esperar el resultado</translation>
    </message>
    <message>
        <source>Interrupted: settling the action in flight first (press Ctrl+C again to quit at once)...</source>
        <translation>Interrumpido: primero se resuelve la acción en curso (pulse Ctrl+C de nuevo para salir de inmediato)...</translation>
    </message>
    <message>
        <source>Type the number of numbers (%1) to continue: </source>
        <translation>Escriba la cantidad de números (%1) para continuar: </translation>
    </message>
    <message>
        <source>Interrupted: pausing; the steps in flight finish first (press Ctrl+C again to quit at once)...</source>
        <translation>Interrumpido: pausando; primero terminan los pasos en curso (pulse Ctrl+C de nuevo para salir de inmediato)...</translation>
    </message>
</context>
<context>
    <name>nd::cli::CliConnection</name>
    <message>
        <source>no saved profile named &apos;%1&apos;</source>
        <translation>no hay ningún perfil guardado llamado «%1»</translation>
    </message>
    <message>
        <source>no project id: give --project, set SINCH_PROJECT_ID, or use --profile, --sandbox or --inventory-db</source>
        <translation>no hay ID de proyecto: indique --project, defina SINCH_PROJECT_ID o use --profile, --sandbox o --inventory-db</translation>
    </message>
    <message>
        <source>the embedded sandbox could not start: %1</source>
        <translation>no se pudo iniciar el entorno de pruebas integrado: %1</translation>
    </message>
    <message>
        <source>Embedded sandbox at %1 (project %2)</source>
        <translation>Entorno de pruebas integrado en %1 (proyecto %2)</translation>
    </message>
    <message>
        <source>the saved profiles could not be read (%1): %2</source>
        <translation>no se pudieron leer los perfiles guardados (%1): %2</translation>
    </message>
    <message>
        <source>no saved profile named &apos;%1&apos; (saved profiles: %2)</source>
        <translation>no hay ningún perfil guardado llamado «%1» (perfiles guardados: %2)</translation>
    </message>
    <message>
        <source>no key secret for profile &apos;%1&apos;: %2 (give it with --key-secret-stdin or --key-secret-file FILE)</source>
        <translation>no hay secreto de clave para el perfil «%1»: %2 (indíquelo con --key-secret-stdin o --key-secret-file FILE)</translation>
    </message>
    <message>
        <source>no project id: give --project, set SINCH_PROJECT_ID, or use --profile or --sandbox</source>
        <translation>no hay ID de proyecto: indique --project, defina SINCH_PROJECT_ID o use --profile o --sandbox</translation>
    </message>
    <message>
        <source>no access key id: give --key-id, set SINCH_KEY_ID, or use --profile or --sandbox</source>
        <translation>no hay ID de clave de acceso: indique --key-id, defina SINCH_KEY_ID o use --profile o --sandbox</translation>
    </message>
    <message>
        <source>no access key secret: give --key-secret-stdin or --key-secret-file FILE, set SINCH_KEY_SECRET, or use --profile or --sandbox</source>
        <translation>no hay secreto de clave de acceso: indique --key-secret-stdin o --key-secret-file FILE, defina SINCH_KEY_SECRET o use --profile o --sandbox</translation>
    </message>
    <message>
        <source>the Numbers API URL must be an http(s) URL (got &apos;%1&apos;)</source>
        <translation>la URL de la API Numbers debe ser una URL http(s) (se recibió «%1»)</translation>
    </message>
    <message>
        <source>the auth URL must be an http(s) URL (got &apos;%1&apos;)</source>
        <translation>la URL de autenticación debe ser una URL http(s) (se recibió «%1»)</translation>
    </message>
</context>
<context>
    <name>nd::cli::CommandLine</name>
    <message>
        <source>Digits to look for (START patterns may begin with +country code)</source>
        <translation>Dígitos que buscar (los patrones START pueden empezar por +prefijo del país)</translation>
    </message>
    <message>
        <source>Where the digits must appear (needs --pattern)</source>
        <translation>Dónde deben aparecer los dígitos (requiere --pattern)</translation>
    </message>
    <message>
        <source>Link the SMS service plan (&quot;&quot; unlinks, update only)</source>
        <translation>Vincular el plan de servicio SMS (&quot;&quot; desvincula, solo en update)</translation>
    </message>
    <message>
        <source>Link the US 10DLC campaign (needs --sms-service-plan; &quot;&quot; unlinks)</source>
        <translation>Vincular la campaña 10DLC de EE. UU. (requiere --sms-service-plan; &quot;&quot; desvincula)</translation>
    </message>
    <message>
        <source>Route voice to a Voice API app (RTC)</source>
        <translation>Dirigir la voz a una aplicación de Voice API (RTC)</translation>
    </message>
    <message>
        <source>Route voice to an Elastic SIP trunk (EST)</source>
        <translation>Dirigir la voz a una troncal SIP elástica (EST)</translation>
    </message>
    <message>
        <source>Route voice to a Fax service (FAX)</source>
        <translation>Dirigir la voz a un servicio de fax (FAX)</translation>
    </message>
    <message>
        <source>Where provisioning events for the number go</source>
        <translation>Adónde van los eventos de aprovisionamiento del número</translation>
    </message>
    <message>
        <source>Required capability (repeatable: all must be supported)</source>
        <translation>Función requerida (repetible: todas deben admitirse)</translation>
    </message>
    <message>
        <source>Required capability</source>
        <translation>Función requerida</translation>
    </message>
    <message>
        <source>Name shown to emergency services</source>
        <translation>Nombre que ven los servicios de emergencia</translation>
    </message>
    <message>
        <source>Street number</source>
        <translation>Número de la calle</translation>
    </message>
    <message>
        <source>Street name</source>
        <translation>Nombre de la calle</translation>
    </message>
    <message>
        <source>Suite, floor, building (optional)</source>
        <translation>Oficina, planta, edificio (opcional)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State or province (two letters in the US)</source>
        <translation>Estado o provincia (dos letras en EE. UU.)</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>ZIP+4 suffix (optional)</source>
        <translation>Sufijo ZIP+4 (opcional)</translation>
    </message>
    <message>
        <source>List the regions where numbers can be obtained</source>
        <translation>Listar las regiones donde se pueden obtener números</translation>
    </message>
    <message>
        <source>Only regions offering this type (repeatable)</source>
        <translation>Solo regiones que ofrecen este tipo (repetible)</translation>
    </message>
    <message>
        <source>Search, check and rent numbers from the inventory</source>
        <translation>Buscar, comprobar y alquilar números del inventario</translation>
    </message>
    <message>
        <source>Search numbers you could rent</source>
        <translation>Buscar números que puede alquilar</translation>
    </message>
    <message>
        <source>Region code, e.g. US (required)</source>
        <translation>Código de región, p. ej. US (obligatorio)</translation>
    </message>
    <message>
        <source>Number type (required)</source>
        <translation>Tipo de número (obligatorio)</translation>
    </message>
    <message>
        <source>At most N results</source>
        <translation>Como máximo N resultados</translation>
    </message>
    <message>
        <source>Check whether one number can be rented, and its price</source>
        <translation>Comprobar si un número se puede alquilar, y su precio</translation>
    </message>
    <message>
        <source>Rent a specific number (billable)</source>
        <translation>Alquilar un número concreto (se factura)</translation>
    </message>
    <message>
        <source>Rent any number matching the criteria (billable; US LOCAL only)</source>
        <translation>Alquilar cualquier número que cumpla los criterios (se factura; solo US LOCAL)</translation>
    </message>
    <message>
        <source>Region code (required)</source>
        <translation>Código de región (obligatorio)</translation>
    </message>
    <message>
        <source>List, inspect, update and release your numbers</source>
        <translation>Listar, examinar, actualizar y liberar sus números</translation>
    </message>
    <message>
        <source>List the numbers you have rented</source>
        <translation>Listar los números que ha alquilado</translation>
    </message>
    <message>
        <source>Only this region</source>
        <translation>Solo esta región</translation>
    </message>
    <message>
        <source>Only this type</source>
        <translation>Solo este tipo</translation>
    </message>
    <message>
        <source>Numbers per page</source>
        <translation>Números por página</translation>
    </message>
    <message>
        <source>Continue from a previous page</source>
        <translation>Continuar desde una página anterior</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Fetch every page (all three types unless --type is given), streaming rows</source>
        <translation>Obtener todas las páginas (los tres tipos salvo que se indique --type), mostrando las filas sobre la marcha</translation>
    </message>
    <message>
        <source>Show one rented number</source>
        <translation>Mostrar un número alquilado</translation>
    </message>
    <message>
        <source>Change a number&apos;s name and configuration</source>
        <translation>Cambiar el nombre y la configuración de un número</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>Nombre descriptivo</translation>
    </message>
    <message>
        <source>Release a number at the end of its paid period (cannot be undone)</source>
        <translation>Liberar un número al final de su período pagado (no se puede deshacer)</translation>
    </message>
    <message>
        <source>Emergency (E911) address of a number</source>
        <translation>Dirección de emergencia (E911) de un número</translation>
    </message>
    <message>
        <source>Show the emergency address</source>
        <translation>Mostrar la dirección de emergencia</translation>
    </message>
    <message>
        <source>Store the emergency address</source>
        <translation>Guardar la dirección de emergencia</translation>
    </message>
    <message>
        <source>Check an address without storing it</source>
        <translation>Comprobar una dirección sin guardarla</translation>
    </message>
    <message>
        <source>Remove the emergency address</source>
        <translation>Quitar la dirección de emergencia</translation>
    </message>
    <message>
        <source>Show the project&apos;s HMAC secret</source>
        <translation>Mostrar el secreto HMAC del proyecto</translation>
    </message>
    <message>
        <source>Replace the project&apos;s HMAC secret</source>
        <translation>Sustituir el secreto HMAC del proyecto</translation>
    </message>
    <message>
        <source>Read the new secret from standard input</source>
        <translation>Leer el nuevo secreto de la entrada estándar</translation>
    </message>
    <message>
        <source>Numbers API base URL [NUMBERDESK_NUMBERS_URL] (default https://numbers.api.sinch.com)</source>
        <translation>URL base de la API Numbers [NUMBERDESK_NUMBERS_URL] (predeterminada https://numbers.api.sinch.com)</translation>
    </message>
    <message>
        <source>OAuth2 server base URL [NUMBERDESK_AUTH_URL] (default https://auth.sinch.com)</source>
        <translation>URL base del servidor OAuth2 [NUMBERDESK_AUTH_URL] (predeterminada https://auth.sinch.com)</translation>
    </message>
    <message>
        <source>Project id [SINCH_PROJECT_ID]</source>
        <translation>ID de proyecto [SINCH_PROJECT_ID]</translation>
    </message>
    <message>
        <source>Access key id [SINCH_KEY_ID]</source>
        <translation>ID de clave de acceso [SINCH_KEY_ID]</translation>
    </message>
    <message>
        <source>Authentication (default oauth2)</source>
        <translation>Autenticación (predeterminada oauth2)</translation>
    </message>
    <message>
        <source>Use a profile saved by the NumberDesk app (secret from the keychain); &quot;Sandbox&quot; = --sandbox</source>
        <translation>Usar un perfil guardado por la aplicación NumberDesk (secreto del llavero); &quot;Sandbox&quot; = --sandbox</translation>
    </message>
    <message>
        <source>Run against an embedded sandbox with a seeded inventory (no credentials needed)</source>
        <translation>Ejecutar contra un entorno de pruebas integrado con un inventario precargado (sin credenciales)</translation>
    </message>
    <message>
        <source>Active numbers the sandbox starts with</source>
        <translation>Números activos con los que empieza el entorno de pruebas</translation>
    </message>
    <message>
        <source>Seed of the sandbox inventory</source>
        <translation>Semilla del inventario del entorno de pruebas</translation>
    </message>
    <message>
        <source>Keep the sandbox state in FILE, so changes survive between runs</source>
        <translation>Guardar el estado del entorno de pruebas en ARCHIVO para que los cambios se conserven entre ejecuciones</translation>
    </message>
    <message>
        <source>Output format (default table)</source>
        <translation>Formato de salida (predeterminado table)</translation>
    </message>
    <message>
        <source>Transfer timeout per request (default 30)</source>
        <translation>Tiempo de espera de transferencia por solicitud (predeterminado 30)</translation>
    </message>
    <message>
        <source>Log each request on standard error (never secrets)</source>
        <translation>Registrar cada solicitud en la salida de error estándar (nunca secretos)</translation>
    </message>
    <message>
        <source>Show help for the command</source>
        <translation>Mostrar la ayuda del comando</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Mostrar la versión</translation>
    </message>
    <message>
        <source>unknown option %1 for &apos;%2&apos; (options start with --)</source>
        <translation>opción desconocida %1 para «%2» (las opciones empiezan por --)</translation>
    </message>
    <message>
        <source>unknown option --%1 for &apos;%2&apos;</source>
        <translation>opción desconocida --%1 para «%2»</translation>
    </message>
    <message>
        <source>unknown option --%1 for &apos;%2&apos; (it takes no options)</source>
        <translation>opción desconocida --%1 para «%2» (no admite opciones)</translation>
    </message>
    <message>
        <source>unknown option --%1 (command options go after the command, e.g. &apos;numberdesk-cli active list --%1&apos;)</source>
        <translation>opción desconocida --%1 (las opciones de un comando van detrás de él, p. ej. «numberdesk-cli active list --%1»)</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2)</source>
        <translation>--%1 necesita un valor (%2)</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 no admite ningún valor</translation>
    </message>
    <message>
        <source>--%1 given more than once</source>
        <translation>--%1 indicado más de una vez</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2)</source>
        <translation>comando desconocido «%1» (comandos: %2)</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; for &apos;%2&apos; (choose one of: %3)</source>
        <translation>subcomando desconocido «%1» para «%2» (elija uno de: %3)</translation>
    </message>
    <message>
        <source>no command given (try &apos;numberdesk-cli --help&apos;)</source>
        <translation>no se indicó ningún comando (pruebe «numberdesk-cli --help»)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a subcommand: %2</source>
        <translation>«%1» necesita un subcomando: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2</source>
        <translation>«%1» necesita %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments, got &apos;%2&apos;</source>
        <translation>«%1» no admite argumentos, se recibió «%2»</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;%2&apos;</source>
        <translation>argumento inesperado «%1» para «%2»</translation>
    </message>
    <message>
        <source>Usage: numberdesk-cli [options] COMMAND [SUBCOMMAND] [arguments] [options]

</source>
        <translation>Uso: numberdesk-cli [opciones] COMANDO [SUBCOMANDO] [argumentos] [opciones]

</translation>
    </message>
    <message>
        <source>Manage Sinch phone numbers from the command line.

Commands:
</source>
        <translation>Gestionar números de teléfono de Sinch desde la línea de comandos.

Comandos:
</translation>
    </message>
    <message>
        <source>
Options (accepted anywhere on the command line):
</source>
        <translation>
Opciones (admitidas en cualquier lugar de la línea de comandos):
</translation>
    </message>
    <message>
        <source>
Run &apos;numberdesk-cli COMMAND --help&apos; for the options of a command.
</source>
        <translation>
Ejecute «numberdesk-cli COMANDO --help» para ver las opciones de un comando.
</translation>
    </message>
    <message>
        <source>Usage: numberdesk-cli %1 SUBCOMMAND [options]

%2

Subcommands:
</source>
        <translation>Uso: numberdesk-cli %1 SUBCOMANDO [opciones]

%2

Subcomandos:
</translation>
    </message>
    <message>
        <source>
Run &apos;numberdesk-cli %1 SUBCOMMAND --help&apos; for details.
</source>
        <translation>
Ejecute «numberdesk-cli %1 SUBCOMANDO --help» para ver los detalles.
</translation>
    </message>
    <message>
        <source>Usage: %1 [options]

%2
</source>
        <translation>Uso: %1 [opciones]

%2
</translation>
    </message>
    <message>
        <source>
This command changes your account: it shows what will happen and asks you to type &quot;yes&quot;. Without a terminal it refuses unless --yes is given (exit code 5).
</source>
        <translation>
Este comando modifica su cuenta: muestra lo que va a ocurrir y le pide que escriba &quot;yes&quot;. Sin terminal se niega a ejecutarse salvo que se indique --yes (código de salida 5).
</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
Opciones:
</translation>
    </message>
    <message>
        <source>
Global options:
</source>
        <translation>
Opciones globales:
</translation>
    </message>
    <message>
        <source>Show or export the activity log of billable and destructive actions</source>
        <translation>Mostrar o exportar el registro de actividad de las acciones facturables y destructivas</translation>
    </message>
    <message>
        <source>Only actions started at or after this time</source>
        <translation>Solo acciones iniciadas en este momento o después</translation>
    </message>
    <message>
        <source>Only actions started before this time</source>
        <translation>Solo acciones iniciadas antes de este momento</translation>
    </message>
    <message>
        <source>Only this operation: rent, rentAny, update, release, emergencyProvision, emergencyDeprovision, callbackSecretUpdate</source>
        <translation>Solo esta operación: rent, rentAny, update, release, emergencyProvision, emergencyDeprovision, callbackSecretUpdate</translation>
    </message>
    <message>
        <source>Only actions on this number</source>
        <translation>Solo acciones sobre este número</translation>
    </message>
    <message>
        <source>At most N actions (newest first)</source>
        <translation>Como máximo N acciones (las más recientes primero)</translation>
    </message>
    <message>
        <source>Inject faults into the sandbox, e.g. &quot;5xx=0.1,drop-after-commit@rent=1&quot; (testing)</source>
        <translation>Inyectar fallos en el entorno de pruebas, p. ej. &quot;5xx=0.1,drop-after-commit@rent=1&quot; (pruebas)</translation>
    </message>
    <message>
        <source>Delay every sandbox answer by MS milliseconds</source>
        <translation>Retrasar cada respuesta del entorno de pruebas MS milisegundos</translation>
    </message>
    <message>
        <source>PEM file of extra CA certificates to trust [NUMBERDESK_CA_BUNDLE]</source>
        <translation>Archivo PEM con certificados de CA adicionales de confianza [NUMBERDESK_CA_BUNDLE]</translation>
    </message>
    <message>
        <source>Activity (audit) log of billable and destructive actions [NUMBERDESK_AUDIT_LOG]</source>
        <translation>Registro de actividad (auditoría) de acciones facturables y destructivas [NUMBERDESK_AUDIT_LOG]</translation>
    </message>
    <message>
        <source>Retries of a failed read (5xx, 429, network) before giving up (default 3; billable calls are never retried)</source>
        <translation>Reintentos de una lectura fallida (5xx, 429, red) antes de rendirse (3 por defecto; las llamadas facturables nunca se reintentan)</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (accepted, and ignored, by commands that need none)</source>
        <translation>No pedir confirmación (lo aceptan, e ignoran, los comandos que no la necesitan)</translation>
    </message>
    <message>
        <source>New secret: 32-64 characters of A-Z a-z 0-9 - (visible to other users in ps: prefer the next two)</source>
        <translation>Nuevo secreto: 32-64 caracteres entre A-Z a-z 0-9 - (visible para otros usuarios en ps: mejor las dos siguientes)</translation>
    </message>
    <message>
        <source>Read the new secret from the first line of FILE (must not be readable by others)</source>
        <translation>Leer el nuevo secreto de la primera línea de FILE (no debe ser legible por otros)</translation>
    </message>
    <message>
        <source>The local mirror of all your numbers: sync it, then list, compare and count without the network</source>
        <translation>La copia local de todos sus números: sincronícela y después liste, compare y cuente sin red</translation>
    </message>
    <message>
        <source>Fetch every active number into the local mirror (parallel, all types)</source>
        <translation>Obtener todos los números activos en la copia local (en paralelo, todos los tipos)</translation>
    </message>
    <message>
        <source>List numbers from the mirror (no network)</source>
        <translation>Listar los números de la copia local (sin red)</translation>
    </message>
    <message>
        <source>Only numbers whose display name contains TEXT (any case)</source>
        <translation>Solo números cuyo nombre visible contiene TEXT (sin distinguir mayúsculas)</translation>
    </message>
    <message>
        <source>Only numbers being released (yes) or not (no)</source>
        <translation>Solo números que se están liberando (yes) o no (no)</translation>
    </message>
    <message>
        <source>Order (default number)</source>
        <translation>Orden (number por defecto)</translation>
    </message>
    <message>
        <source>What changed between the last two syncs: numbers added, removed and changed, field by field</source>
        <translation>Qué cambió entre las dos últimas sincronizaciones: números añadidos, quitados y cambiados, campo por campo</translation>
    </message>
    <message>
        <source>When the mirror was last synced, how many numbers it holds, and where it is</source>
        <translation>Cuándo se sincronizó por última vez la copia local, cuántos números contiene y dónde está</translation>
    </message>
    <message>
        <source>Only this outcome: pending, done, not_done, done_by_other, unknown</source>
        <translation>Solo este resultado: pending, done, not_done, done_by_other, unknown</translation>
    </message>
    <message>
        <source>Access key secret [SINCH_KEY_SECRET] (visible to other users in ps: prefer the next two)</source>
        <translation>Secreto de clave de acceso [SINCH_KEY_SECRET] (visible para otros usuarios en ps: mejor las dos siguientes)</translation>
    </message>
    <message>
        <source>Read the access key secret from standard input</source>
        <translation>Leer el secreto de la clave de acceso de la entrada estándar</translation>
    </message>
    <message>
        <source>Read the access key secret from the first line of FILE (must not be readable by others)</source>
        <translation>Leer el secreto de la clave de acceso de la primera línea de FILE (no debe ser legible por otros)</translation>
    </message>
    <message>
        <source>The local mirror of the connection&apos;s numbers [NUMBERDESK_INVENTORY_DB]</source>
        <translation>La copia local de los números de la conexión [NUMBERDESK_INVENTORY_DB]</translation>
    </message>
    <message>
        <source>Callback (webhook) signing: the secret, and tools to receive, check and send callbacks</source>
        <translation>Firma de las devoluciones de llamada (webhooks): el secreto y herramientas para recibir, comprobar y enviar devoluciones de llamada</translation>
    </message>
    <message>
        <source>Check a callback&apos;s X-Sinch-Signature against its raw body (exit 0 valid, 9 invalid)</source>
        <translation>Comprobar la X-Sinch-Signature de una devolución de llamada con su cuerpo en bruto (salida 0 si es válida, 9 si no lo es)</translation>
    </message>
    <message>
        <source>The request body exactly as received (required)</source>
        <translation>El cuerpo de la solicitud exactamente como se recibió (obligatorio)</translation>
    </message>
    <message>
        <source>The X-Sinch-Signature header value (required)</source>
        <translation>El valor de la cabecera X-Sinch-Signature (obligatorio)</translation>
    </message>
    <message>
        <source>Read the secret from standard input</source>
        <translation>Leer el secreto de la entrada estándar</translation>
    </message>
    <message>
        <source>Read the secret from the first line of FILE (must not be readable by others)</source>
        <translation>Leer el secreto de la primera línea de FILE (no debe ser legible por otros)</translation>
    </message>
    <message>
        <source>During a rotation, also accept the previous secret read from FILE</source>
        <translation>Durante una rotación, aceptar también el secreto anterior leído de FILE</translation>
    </message>
    <message>
        <source>Receive callbacks on 127.0.0.1 and print them as JSON lines, each with its signature verdict against the project&apos;s secret</source>
        <translation>Recibir devoluciones de llamada en 127.0.0.1 y mostrarlas como líneas JSON, cada una con el veredicto de su firma según el secreto del proyecto</translation>
    </message>
    <message>
        <source>Port to listen on (default: any free port)</source>
        <translation>Puerto de escucha (predeterminado: cualquier puerto libre)</translation>
    </message>
    <message>
        <source>Stop after N callbacks</source>
        <translation>Detenerse tras N devoluciones de llamada</translation>
    </message>
    <message>
        <source>POST a sample event signed with the project&apos;s secret to your endpoint and show its answer</source>
        <translation>Enviar (POST) a su punto de conexión un evento de ejemplo firmado con el secreto del proyecto y mostrar su respuesta</translation>
    </message>
    <message>
        <source>The endpoint (http or https; required)</source>
        <translation>El punto de conexión (http o https; obligatorio)</translation>
    </message>
    <message>
        <source>Event type (default PROVISIONING_TO_SMS_PLATFORM)</source>
        <translation>Tipo de evento (predeterminado PROVISIONING_TO_SMS_PLATFORM)</translation>
    </message>
    <message>
        <source>Event status (default SUCCEEDED)</source>
        <translation>Estado del evento (predeterminado SUCCEEDED)</translation>
    </message>
    <message>
        <source>The number in the event (default +12025550134)</source>
        <translation>El número del evento (predeterminado +12025550134)</translation>
    </message>
    <message>
        <source>What the numbers cost per month, by region and type, what falls due in the next 12 months and what needs attention (from the mirror, no network)</source>
        <translation>Lo que cuestan los números al mes, por región y tipo, lo que vence en los próximos 12 meses y lo que requiere atención (de la copia local, sin red)</translation>
    </message>
    <message>
        <source>Only the numbers priced in this currency (USD, EUR, ...)</source>
        <translation>Solo los números con precio en esta moneda (USD, EUR, ...)</translation>
    </message>
    <message>
        <source>The numbers: one a line (any usual format; # comments), or a CSV with a phoneNumber column</source>
        <translation>Los números: uno por línea (cualquier formato habitual; comentarios con #) o un CSV con una columna phoneNumber</translation>
    </message>
    <message>
        <source>Country of national numbers in FILE (without it they must start with + or 00)</source>
        <translation>País de los números nacionales de FILE (sin esta opción deben empezar por + o 00)</translation>
    </message>
    <message>
        <source>Show the preview and totals; send nothing</source>
        <translation>Mostrar la vista previa y los totales; no enviar nada</translation>
    </message>
    <message>
        <source>Steps in flight at once (1 to 16, default 4)</source>
        <translation>Pasos simultáneos (1 a 16, 4 por defecto)</translation>
    </message>
    <message>
        <source>Only numbers of this region (from the mirror)</source>
        <translation>Solo números de esta región (de la copia local)</translation>
    </message>
    <message>
        <source>Only numbers of this type</source>
        <translation>Solo números de este tipo</translation>
    </message>
    <message>
        <source>Rent the numbers in FILE, or N numbers matching a search (billable)</source>
        <translation>Alquilar los números de FILE o N números que coincidan con una búsqueda (se factura)</translation>
    </message>
    <message>
        <source>Region code of the search</source>
        <translation>Código de región de la búsqueda</translation>
    </message>
    <message>
        <source>Number type of the search</source>
        <translation>Tipo de número de la búsqueda</translation>
    </message>
    <message>
        <source>How many numbers to rent (1 to 1000)</source>
        <translation>Cuántos números alquilar (1 a 1000)</translation>
    </message>
    <message>
        <source>Cap on the total recurring price of the numbers rented (per currency)</source>
        <translation>Límite del precio recurrente total de los números alquilados (por moneda)</translation>
    </message>
    <message>
        <source>Change the name and configuration of the numbers in FILE or matching the filters</source>
        <translation>Cambiar el nombre y la configuración de los números de FILE o que coincidan con los filtros</translation>
    </message>
    <message>
        <source>New name; {n} becomes 1, 2, 3… and {number} the number</source>
        <translation>Nombre nuevo; {n} se convierte en 1, 2, 3… y {number} en el número</translation>
    </message>
    <message>
        <source>Release the numbers in FILE or matching the filters (cannot be undone)</source>
        <translation>Liberar los números de FILE o que coincidan con los filtros (no se puede deshacer)</translation>
    </message>
    <message>
        <source>List jobs, or show one job&apos;s per-number states</source>
        <translation>Listar las tareas o mostrar el estado de cada número de una tarea</translation>
    </message>
    <message>
        <source>Resume an interrupted or paused job: steps in flight are settled first, then the rest run</source>
        <translation>Reanudar una tarea interrumpida o en pausa: primero se resuelven los pasos en curso y después se ejecuta el resto</translation>
    </message>
    <message>
        <source>Steps in flight at once (1 to 16)</source>
        <translation>Pasos simultáneos (1 a 16)</translation>
    </message>
    <message>
        <source>Cancel a job that is not running (a step left in flight is settled first)</source>
        <translation>Cancelar una tarea que no está en ejecución (primero se resuelve cualquier paso que quedara en curso)</translation>
    </message>
    <message>
        <source>Only the steps of this bulk job</source>
        <translation>Solo los pasos de esta tarea por lotes</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  other failure
  2  usage error (bad option, bad number, missing credentials, insecure URL)
  3  API error (HTTP 4xx/5xx or an unparseable response)
  4  network, TLS or timeout error
  5  not confirmed (no --yes and no terminal, or the answer was not &quot;yes&quot;)
  6  outcome unknown: the answer was lost and checking failed; check before trying again
  7  refused: the activity log cannot be written, so nothing billable was sent
  8  done by someone else, or already so: nothing was changed or charged by this run
  9  callbacks verify: the signature is invalid
 10  standard output could not be written (disk full, closed, broken pipe)
 11  bulk job not complete: numbers not done, or it was paused or cancelled (&apos;bulk status JOB&apos;)
130  interrupted (Ctrl+C); an action in flight was settled and recorded first
</source>
        <translation>Códigos de salida:
  0  éxito
  1  otro fallo
  2  error de uso (opción incorrecta, número incorrecto, faltan credenciales, URL no segura)
  3  error de la API (HTTP 4xx/5xx o una respuesta ilegible)
  4  error de red, de TLS o de tiempo de espera
  5  no confirmado (sin --yes y sin terminal, o la respuesta no fue &quot;yes&quot;)
  6  resultado desconocido: la respuesta se perdió y la comprobación falló; compruebe antes de reintentar
  7  rechazado: no se puede escribir el registro de actividad, así que no se envió nada facturable
  8  realizado por otra persona, o ya estaba así: esta ejecución no cambió ni cobró nada
  9  callbacks verify: la firma no es válida
 10  no se pudo escribir en la salida estándar (disco lleno, cerrada, tubería rota)
 11  tarea por lotes incompleta: hay números no realizados, o se pausó o canceló («bulk status JOB»)
130  interrumpido (Ctrl+C); primero se resolvió y registró la acción en curso
</translation>
    </message>
    <message>
        <source>Rent, update, release or remove the emergency address of many numbers as one job: previewed, journaled, resumable</source>
        <translation>Alquilar, actualizar, liberar o quitar la dirección de emergencia de muchos números en una sola tarea: con vista previa, registrada en el diario y reanudable</translation>
    </message>
    <message>
        <source>Remove the emergency (911) address of the numbers in FILE or matching the filters</source>
        <translation>Quitar la dirección de emergencia (911) de los números de FILE o que coincidan con los filtros</translation>
    </message>
    <message>
        <source>Requests in flight at once (1 to %1; default: the profile&apos;s setting, else %2)</source>
        <translation>Solicitudes simultáneas (1 a %1; por defecto: el ajuste del perfil, o %2)</translation>
    </message>
</context>
<context>
    <name>nd::cli::InventoryCommands</name>
    <message>
        <source>there is no local inventory yet at %1: run &apos;numberdesk-cli inventory sync&apos; first (with the same connection options)</source>
        <translation>todavía no hay inventario local en %1: ejecute antes «numberdesk-cli inventory sync» (con las mismas opciones de conexión)</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 numbers...</source>
        <translation>Sincronizando: %1 de %2 números...</translation>
    </message>
    <message>
        <source>Syncing: %1 numbers...</source>
        <translation>Sincronizando: %1 números...</translation>
    </message>
    <message>
        <source>interrupted: the mirror keeps its previous sync</source>
        <translation>interrumpido: la copia local conserva su sincronización anterior</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitados</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiados</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message numerus="yes">
        <source>The server limited the request rate %n time(s); the sync slowed down and went on.</source>
        <translation>
            <numerusform>El servidor limitó la frecuencia de solicitudes %n vez; la sincronización se ralentizó y continuó.</numerusform>
            <numerusform>El servidor limitó la frecuencia de solicitudes %n veces; la sincronización se ralentizó y continuó.</numerusform>
        </translation>
    </message>
    <message>
        <source>No number in the mirror matches.</source>
        <translation>Ningún número de la copia local coincide.</translation>
    </message>
    <message>
        <source>the mirror has not been synced yet: run &apos;numberdesk-cli inventory sync&apos;</source>
        <translation>la copia local aún no se ha sincronizado: ejecute «numberdesk-cli inventory sync»</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Changes between the syncs of %1 and %2.</source>
        <translation>Cambios entre las sincronizaciones del %1 y del %2.</translation>
    </message>
    <message>
        <source>The first sync (%1): every number is new.</source>
        <translation>La primera sincronización (%1): todos los números son nuevos.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Mirror file</source>
        <translation>Archivo de la copia local</translation>
    </message>
    <message numerus="yes">
        <source>Inventory report of %1: %n number(s), %2 being released</source>
        <translation>
            <numerusform>Informe del inventario de %1: %n número, %2 en liberación</numerusform>
            <numerusform>Informe del inventario de %1: %n números, %2 en liberación</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the numbers priced in %1.</source>
        <translation>Solo los números con precio en %1.</translation>
    </message>
    <message>
        <source>Run-rate per month (numbers not being released): %1</source>
        <translation>Gasto mensual (números que no se están liberando): %1</translation>
    </message>
    <message>
        <source>Charges that stop with the releases (per month): %1</source>
        <translation>Cargos que terminan con las liberaciones (al mes): %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Run-rate per month</source>
        <translation>Gasto mensual</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>A pagar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Provisioning failed (%1)</source>
        <translation>Aprovisionamiento fallido (%1)</translation>
    </message>
    <message>
        <source>Provisioning pending for more than an hour (%1)</source>
        <translation>Aprovisionamiento pendiente desde hace más de una hora (%1)</translation>
    </message>
    <message>
        <source>Neither SMS nor voice linked: paid for, doing nothing (%1)</source>
        <translation>Sin SMS ni voz vinculados: se pagan sin usarse (%1)</translation>
    </message>
    <message>
        <source>Released within 7 days (%1)</source>
        <translation>Se liberan en los próximos 7 días (%1)</translation>
    </message>
    <message>
        <source>Price or payment interval unreadable, left out of the amounts (%1)</source>
        <translation>Precio o intervalo de pago ilegible, excluido de los importes (%1)</translation>
    </message>
    <message>
        <source>no number in the mirror is priced in %1 (its currencies: %2)</source>
        <translation>ningún número de la copia local tiene precio en %1 (sus monedas: %2)</translation>
    </message>
    <message>
        <source>The mirror has not been synced yet: run &apos;numberdesk-cli inventory sync&apos;.</source>
        <translation>La copia local aún no se ha sincronizado: ejecute «numberdesk-cli inventory sync».</translation>
    </message>
</context>
<context>
    <name>nd::cli::OutputStream</name>
    <message>
        <source>standard output was closed by the program reading it (broken pipe); stopped</source>
        <translation>el programa que leía la salida estándar la cerró (tubería rota); detenido</translation>
    </message>
    <message>
        <source>standard output could not be written: %1</source>
        <translation>no se pudo escribir en la salida estándar: %1</translation>
    </message>
</context>
<context>
    <name>nd::cli::ReadCommands</name>
    <message numerus="yes">
        <source>Fetched %1 of %n numbers...</source>
        <translation>
            <numerusform>Obtenido %1 de %n número...</numerusform>
            <numerusform>Obtenidos %1 de %n números...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n numbers...</source>
        <translation>
            <numerusform>%n número obtenido...</numerusform>
            <numerusform>%n números obtenidos...</numerusform>
        </translation>
    </message>
    <message>
        <source>No available numbers match.</source>
        <translation>No coincide ningún número disponible.</translation>
    </message>
    <message>
        <source>More numbers follow: add --page-token %1 (or use --all).</source>
        <translation>Hay más números: añada --page-token %1 (o use --all).</translation>
    </message>
    <message>
        <source>No emergency address is provisioned for %1.</source>
        <translation>No hay ninguna dirección de emergencia aprovisionada para %1.</translation>
    </message>
</context>
<context>
    <name>nd::cli::Records</name>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Next charge</source>
        <translation>Próximo cargo</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>SMS provisioning</source>
        <translation>Aprovisionamiento SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Voice id</source>
        <translation>ID de voz</translation>
    </message>
    <message>
        <source>Voice provisioning</source>
        <translation>Aprovisionamiento de voz</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>URL de devolución de llamada</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>Street number</source>
        <translation>Número de la calle</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Plus four</source>
        <translation>ZIP+4</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Validated address</source>
        <translation>Dirección validada</translation>
    </message>
    <message>
        <source>Corrected address</source>
        <translation>Dirección corregida</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatas</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>HMAC secret</source>
        <translation>Secreto HMAC</translation>
    </message>
</context>
<context>
    <name>nd::cli::RequestParser</name>
    <message>
        <source>give only one of --%1, --%1-stdin and --%1-file</source>
        <translation>indique solo una de --%1, --%1-stdin y --%1-file</translation>
    </message>
    <message>
        <source>warning: --%1 puts the secret in the process arguments, where other users of this computer can see it (ps); prefer --%1-stdin or --%1-file</source>
        <translation>advertencia: --%1 pone el secreto en los argumentos del proceso, donde otros usuarios de este equipo pueden verlo (ps); mejor use --%1-stdin o --%1-file</translation>
    </message>
    <message>
        <source>--%1-file needs a file name</source>
        <translation>--%1-file necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--format must be table, json or csv (got &apos;%1&apos;)</source>
        <translation>--format debe ser table, json o csv (se recibió «%1»)</translation>
    </message>
    <message>
        <source>--sandbox cannot be combined with --profile %1</source>
        <translation>--sandbox no se puede combinar con --profile %1</translation>
    </message>
    <message>
        <source>--sandbox-active, --sandbox-seed, --sandbox-state, --sandbox-faults and --sandbox-latency need --sandbox</source>
        <translation>--sandbox-active, --sandbox-seed, --sandbox-state, --sandbox-faults y --sandbox-latency requieren --sandbox</translation>
    </message>
    <message>
        <source>--sandbox-faults: %1</source>
        <translation>--sandbox-faults: %1</translation>
    </message>
    <message>
        <source>--sandbox-latency must be a number of milliseconds from 0 to 600000 (got &apos;%1&apos;)</source>
        <translation>--sandbox-latency debe ser un número de milisegundos de 0 a 600000 (se recibió «%1»)</translation>
    </message>
    <message>
        <source>--sandbox-active must be a number from 0 to 1000000 (got &apos;%1&apos;)</source>
        <translation>--sandbox-active debe ser un número de 0 a 1000000 (se recibió «%1»)</translation>
    </message>
    <message>
        <source>--sandbox-seed must be a non-negative number (got &apos;%1&apos;)</source>
        <translation>--sandbox-seed debe ser un número no negativo (se recibió «%1»)</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds greater than 0 and at most 3600 (got &apos;%1&apos;)</source>
        <translation>--timeout debe ser un número de segundos mayor que 0 y como máximo 3600 (se recibió «%1»)</translation>
    </message>
    <message>
        <source>--retries must be a number from 0 to 10 (got &apos;%1&apos;)</source>
        <translation>--retries debe ser un número de 0 a 10 (se recibió «%1»)</translation>
    </message>
    <message>
        <source>--auth must be basic or oauth2 (got &apos;%1&apos;)</source>
        <translation>--auth debe ser basic u oauth2 (se recibió «%1»)</translation>
    </message>
    <message>
        <source>--%1 must be an http(s) URL (got &apos;%2&apos;)</source>
        <translation>--%1 debe ser una URL http(s) (se recibió «%2»)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable phone number: %2</source>
        <translation>«%1» no es un número de teléfono utilizable: %2</translation>
    </message>
    <message>
        <source>--region is required for &apos;%1&apos;</source>
        <translation>--region es obligatorio para «%1»</translation>
    </message>
    <message>
        <source>--region must be a two-letter country code such as US (got &apos;%1&apos;)</source>
        <translation>--region debe ser un código de país de dos letras como US (se recibió «%1»)</translation>
    </message>
    <message>
        <source>--type is required for &apos;%1&apos; (MOBILE, LOCAL or TOLL_FREE)</source>
        <translation>--type es obligatorio para «%1» (MOBILE, LOCAL o TOLL_FREE)</translation>
    </message>
    <message>
        <source>--type must be MOBILE, LOCAL or TOLL_FREE (got &apos;%1&apos;)</source>
        <translation>--type debe ser MOBILE, LOCAL o TOLL_FREE (se recibió «%1»)</translation>
    </message>
    <message>
        <source>--capability must be SMS or VOICE (got &apos;%1&apos;)</source>
        <translation>--capability debe ser SMS o VOICE (se recibió «%1»)</translation>
    </message>
    <message>
        <source>--%1 must be a number from 1 to %2 (got &apos;%3&apos;)</source>
        <translation>--%1 debe ser un número de 1 a %2 (se recibió «%3»)</translation>
    </message>
    <message>
        <source>--search-pattern needs --pattern</source>
        <translation>--search-pattern requiere --pattern</translation>
    </message>
    <message>
        <source>--pattern must be 1 to 15 digits, optionally after a leading + (got &apos;%1&apos;)</source>
        <translation>--pattern debe tener de 1 a 15 dígitos, opcionalmente tras un + inicial (se recibió «%1»)</translation>
    </message>
    <message>
        <source>--search-pattern must be START, CONTAINS or END (got &apos;%1&apos;)</source>
        <translation>--search-pattern debe ser START, CONTAINS o END (se recibió «%1»)</translation>
    </message>
    <message>
        <source>--pattern may start with + only with --search-pattern START (got &apos;%1&apos;)</source>
        <translation>--pattern solo puede empezar por + con --search-pattern START (se recibió «%1»)</translation>
    </message>
    <message>
        <source>--%1 must not be empty (&quot;&quot; unlinks, which only &apos;active update&apos; can do)</source>
        <translation>--%1 no debe estar vacío (&quot;&quot; desvincula, y solo «active update» puede hacerlo)</translation>
    </message>
    <message>
        <source>--sms-campaign needs --sms-service-plan (the API requires the service plan whenever SMS settings are sent)</source>
        <translation>--sms-campaign requiere --sms-service-plan (la API exige el plan de servicio siempre que se envían ajustes de SMS)</translation>
    </message>
    <message>
        <source>--voice-rtc-app, --voice-est-trunk and --voice-fax-service are mutually exclusive</source>
        <translation>--voice-rtc-app, --voice-est-trunk y --voice-fax-service son mutuamente excluyentes</translation>
    </message>
    <message>
        <source>--callback-url must be an http(s) URL (got &apos;%1&apos;)</source>
        <translation>--callback-url debe ser una URL http(s) (se recibió «%1»)</translation>
    </message>
    <message>
        <source>--%1 is required for &apos;%2&apos;</source>
        <translation>--%1 es obligatorio para «%2»</translation>
    </message>
    <message>
        <source>--%1 must be an ISO 8601 date or time such as 2025-03-14 or 2025-03-14T09:00:00Z (got &apos;%2&apos;)</source>
        <translation>--%1 debe ser una fecha u hora ISO 8601 como 2025-03-14 o 2025-03-14T09:00:00Z (se recibió «%2»)</translation>
    </message>
    <message>
        <source>--operation must be one of rent, rentAny, update, release, emergencyProvision, emergencyDeprovision, callbackSecretUpdate (got &apos;%1&apos;)</source>
        <translation>--operation debe ser uno de rent, rentAny, update, release, emergencyProvision, emergencyDeprovision, callbackSecretUpdate (se recibió «%1»)</translation>
    </message>
    <message>
        <source>--outcome must be one of pending, done, not_done, done_by_other, unknown (got &apos;%1&apos;)</source>
        <translation>--outcome debe ser uno de pending, done, not_done, done_by_other, unknown (se recibió «%1»)</translation>
    </message>
    <message>
        <source>--size must be a number from 1 to %1 (got &apos;%2&apos;)</source>
        <translation>--size debe ser un número de 1 a %1 (se recibió «%2»)</translation>
    </message>
    <message>
        <source>note: --size %1 is more than the API returns in one search; asking for %2.</source>
        <translation>nota: --size %1 es más de lo que la API devuelve en una búsqueda; se piden %2.</translation>
    </message>
    <message>
        <source>--page-token cannot be combined with --all (which walks every page itself)</source>
        <translation>--page-token no se puede combinar con --all (que recorre todas las páginas por sí mismo)</translation>
    </message>
    <message>
        <source>--order-by must be PHONE_NUMBER or DISPLAY_NAME (got &apos;%1&apos;)</source>
        <translation>--order-by debe ser PHONE_NUMBER o DISPLAY_NAME (se recibió «%1»)</translation>
    </message>
    <message>
        <source>nothing to update: give --display-name or a configuration option</source>
        <translation>nada que actualizar: indique --display-name o una opción de configuración</translation>
    </message>
    <message>
        <source>give the new secret with --hmac-secret-stdin or --hmac-secret-file FILE</source>
        <translation>indique el nuevo secreto con --hmac-secret-stdin o --hmac-secret-file FILE</translation>
    </message>
    <message>
        <source>the HMAC secret must be 32 to 64 characters of A-Z, a-z, 0-9 and - (the one given has length %1)</source>
        <translation>el secreto HMAC debe tener de 32 a 64 caracteres entre A-Z, a-z, 0-9 y - (el indicado tiene longitud %1)</translation>
    </message>
    <message>
        <source>only one secret can be read from standard input: give the other with a -file option</source>
        <translation>solo se puede leer un secreto de la entrada estándar: indique el otro con una opción -file</translation>
    </message>
    <message>
        <source>--releasing must be yes or no (got &apos;%1&apos;)</source>
        <translation>--releasing debe ser yes o no (se recibió «%1»)</translation>
    </message>
    <message>
        <source>--sort must be number, name, price or next-charge (got &apos;%1&apos;)</source>
        <translation>--sort debe ser number, name, price o next-charge (se recibió «%1»)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not implemented</source>
        <translation>«%1» no está implementado</translation>
    </message>
    <message>
        <source>--body-file FILE is required: the request body exactly as received</source>
        <translation>se requiere --body-file FILE: el cuerpo de la solicitud exactamente como se recibió</translation>
    </message>
    <message>
        <source>--signature HEX is required: the X-Sinch-Signature header value</source>
        <translation>se requiere --signature HEX: el valor de la cabecera X-Sinch-Signature</translation>
    </message>
    <message>
        <source>give the secret with --hmac-secret-stdin or --hmac-secret-file FILE</source>
        <translation>indique el secreto con --hmac-secret-stdin o --hmac-secret-file FILE</translation>
    </message>
    <message>
        <source>--previous-hmac-secret-file needs a file name</source>
        <translation>--previous-hmac-secret-file necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535 (got &apos;%1&apos;)</source>
        <translation>--port debe ser un número de 1 a 65535 (se recibió «%1»)</translation>
    </message>
    <message>
        <source>--count must be a positive number (got &apos;%1&apos;)</source>
        <translation>--count debe ser un número positivo (se recibió «%1»)</translation>
    </message>
    <message>
        <source>--url URL is required: the endpoint to send the test callback to</source>
        <translation>se requiere --url URL: el punto de conexión al que enviar la devolución de llamada de prueba</translation>
    </message>
    <message>
        <source>--event must be one of %1 (got &apos;%2&apos;)</source>
        <translation>--event debe ser uno de %1 (se recibió «%2»)</translation>
    </message>
    <message>
        <source>--status must be SUCCEEDED or FAILED (got &apos;%1&apos;)</source>
        <translation>--status debe ser SUCCEEDED o FAILED (se recibió «%1»)</translation>
    </message>
    <message>
        <source>--from-file needs a file name</source>
        <translation>--from-file necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--file-region must be a two-letter country code such as US (got &apos;%1&apos;)</source>
        <translation>--file-region debe ser un código de país de dos letras, como US (se recibió «%1»)</translation>
    </message>
    <message>
        <source>give either --from-file or the selection options, not both</source>
        <translation>indique --from-file o las opciones de selección, no ambos</translation>
    </message>
    <message>
        <source>--max-recurring must be an amount such as 25 or 19.50 (got &apos;%1&apos;)</source>
        <translation>--max-recurring debe ser un importe, como 25 o 19.50 (se recibió «%1»)</translation>
    </message>
    <message>
        <source>&apos;bulk rent&apos; needs --from-file FILE, or --region, --type and --count N</source>
        <translation>«bulk rent» necesita --from-file FILE, o --region, --type y --count N</translation>
    </message>
    <message>
        <source>--count goes with a search (--region, --type), not with --from-file</source>
        <translation>--count va con una búsqueda (--region, --type), no con --from-file</translation>
    </message>
    <message>
        <source>--currency must be a 3-letter currency code such as USD (got &apos;%1&apos;)</source>
        <translation>--currency debe ser un código de moneda de tres letras, como USD (se recibió «%1»)</translation>
    </message>
</context>
<context>
    <name>nd::cli::SecretReader</name>
    <message>
        <source>--%1-stdin: nothing could be read from standard input</source>
        <translation>--%1-stdin: no se pudo leer nada de la entrada estándar</translation>
    </message>
    <message>
        <source>--%1-stdin: the first line of standard input is empty</source>
        <translation>--%1-stdin: la primera línea de la entrada estándar está vacía</translation>
    </message>
    <message>
        <source>--%1-file: %2 does not exist</source>
        <translation>--%1-file: %2 no existe</translation>
    </message>
    <message>
        <source>--%1-file: %2 can be read by other users; make it private first (chmod 600 %2)</source>
        <translation>--%1-file: otros usuarios pueden leer %2; hágalo privado primero (chmod 600 %2)</translation>
    </message>
    <message>
        <source>--%1-file: %2 cannot be read: %3</source>
        <translation>--%1-file: no se puede leer %2: %3</translation>
    </message>
    <message>
        <source>--%1-file: the first line of %2 is empty</source>
        <translation>--%1-file: la primera línea de %2 está vacía</translation>
    </message>
</context>
<context>
    <name>nd::json</name>
    <message>
        <source>The field &quot;%1&quot; in the server&apos;s answer is not a list.</source>
        <translation>El campo «%1» de la respuesta del servidor no es una lista.</translation>
    </message>
    <message>
        <source>An entry of &quot;%1&quot; in the server&apos;s answer is not an object.</source>
        <translation>Una entrada de «%1» en la respuesta del servidor no es un objeto.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>La respuesta del servidor no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>La respuesta del servidor no es un objeto JSON.</translation>
    </message>
    <message>
        <source>An entry of &quot;activeNumbers&quot; in the server&apos;s answer is not an object.</source>
        <translation>Una entrada de «activeNumbers» en la respuesta del servidor no es un objeto.</translation>
    </message>
    <message>
        <source>The field &quot;activeNumbers&quot; in the server&apos;s answer is not a list.</source>
        <translation>El campo «activeNumbers» de la respuesta del servidor no es una lista.</translation>
    </message>
    <message>
        <source>The field &quot;nextPageToken&quot; in the server&apos;s answer is not a string.</source>
        <translation>El campo «nextPageToken» de la respuesta del servidor no es una cadena.</translation>
    </message>
    <message>
        <source>The authentication server answered without an access token.</source>
        <translation>El servidor de autenticación respondió sin token de acceso.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entero</translation>
    </message>
    <message>
        <source>The server&apos;s answer (%1) has no &quot;%2&quot;.</source>
        <translation>La respuesta del servidor (%1) no contiene «%2».</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; in the server&apos;s answer (%2) is not %3.</source>
        <translation>El campo «%1» de la respuesta del servidor (%2) no es %3.</translation>
    </message>
</context>
<context>
    <name>nd::wire</name>
    <message>
        <source>The project id may only contain letters, digits, &apos;-&apos; and &apos;_&apos; (at most 128 characters).</source>
        <translation>El ID de proyecto solo puede contener letras, dígitos, «-» y «_» (128 caracteres como máximo).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in E.164 format (a &apos;+&apos; followed by up to 15 digits).</source>
        <translation>«%1» no es un número de teléfono en formato E.164 (un «+» seguido de hasta 15 dígitos).</translation>
    </message>
    <message>
        <source>Unknown voice configuration type &quot;%1&quot;: use RTC, EST or FAX.</source>
        <translation>Tipo de configuración de voz desconocido «%1»: use RTC, EST o FAX.</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>nombre visible</translation>
    </message>
    <message>
        <source>street number</source>
        <translation>número de la calle</translation>
    </message>
    <message>
        <source>street</source>
        <translation>calle</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>The emergency address needs a %1.</source>
        <translation>A la dirección de emergencia le falta: %1.</translation>
    </message>
    <message>
        <source>Searching available numbers needs a region and a number type.</source>
        <translation>La búsqueda de números disponibles requiere una región y un tipo de número.</translation>
    </message>
    <message>
        <source>Renting any number needs a region and a number type.</source>
        <translation>Alquilar cualquier número requiere una región y un tipo de número.</translation>
    </message>
    <message>
        <source>The HMAC secret must be 32 to 64 characters of letters, digits and &apos;-&apos;.</source>
        <translation>El secreto HMAC debe tener de 32 a 64 caracteres entre letras, dígitos y «-».</translation>
    </message>
</context>
</TS>
